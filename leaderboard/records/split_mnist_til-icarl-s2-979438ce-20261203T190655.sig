{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s2-979438ce-20261203T190655",
 "hash": "fbc05d1dc8939eac133d7070052560d866c30ff7e7463e508e59c0331f1e5daf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:12+00:00",
 "signature": "raJR5tzhKM8zrPGm+V/aCpa4U1GFv2WR1d6eodYHToE5zI/OOU3qsLx54IVWVqWU7aWVijd5zu/00bpCi+mJCg=="
}
