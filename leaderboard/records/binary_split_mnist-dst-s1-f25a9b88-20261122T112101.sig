{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s1-f25a9b88-20261122T112101",
 "hash": "87de816c673a6bdfc68754b59d299ce3c8faa2351229b6323465d4dd45f3b12f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "wPh819kYoGodw663Hqf7lFOPLyv9lj3nUyGeevgCOHFWZ0RlTQit9f+3m90Ea8QkMS97HzBI2GeqHzuJlMBiBQ=="
}
