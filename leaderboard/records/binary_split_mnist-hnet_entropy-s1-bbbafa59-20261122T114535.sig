{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s1-bbbafa59-20261122T114535",
 "hash": "545ac98b4f188d8b40c0ddb29c8adbc55e892f7ba546495f215b0686a7339536",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "3AuTb3JAMbwBtz9nSiJdyqx2nAqlZtKI8NitMUJaCia36F3hSjB8gBFvveJ1oiIES+yiFnJ+zWW/4otr5nsPCA=="
}
