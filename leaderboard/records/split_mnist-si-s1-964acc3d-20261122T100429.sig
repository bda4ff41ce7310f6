{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-964acc3d-20261122T100429",
 "hash": "29e98f7f3657dd2f7694a235f58a85d54ecbb4eed8ccfed669087afe47efe37a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "XLxejdOavwEXfVyzRKuIaFtZH6tu8Yu+nXhPYm1Ey6Jcif3IBuM0IEm7Wn2hLO716sPf5L2d9lmkyPzT9aHnBQ=="
}
