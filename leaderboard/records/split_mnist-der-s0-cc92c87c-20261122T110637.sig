{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s0-cc92c87c-20261122T110637",
 "hash": "098b7afaa5d6bca464b6630a61f820a9ca4b3546240bbef326f50971b3d0eb85",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "LR1VFfnClpQi94NlT6VYCyswnXEdeX0VcM9GTcNqfd8Qs7iIxnFRz9KtYjHy0JsuXAZfi0p/YQS1wAqAhxslBA=="
}
