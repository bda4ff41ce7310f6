{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s1-3c15abe8-20261122T111449",
 "hash": "60aaba0c78ad7d25d5e961660fb2d0aa3d6ce28e7d546074d6becd665c62a100",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "SbpwFxeh+uXqoZhfVzrw24HdTYILm+4jYuWFtQCGTrgN52MdNQR6lqEct8Ih6u0OFmJrYaZuI5Pz0o8WDmBBBg=="
}
