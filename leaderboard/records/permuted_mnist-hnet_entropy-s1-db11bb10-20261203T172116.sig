{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s1-db11bb10-20261203T172116",
 "hash": "58043cdfb11f7b12b282f82c47655d3df49de5d2d8edfa949cd62edee70ea63f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:43+00:00",
 "signature": "AUOSQ8Uyp1ZvHr9DF4AZItZVjWiM3BKObTBaO9hXQBxKAJTmZe5wRcj3u4E9hvbxHd3VvW6yHxBn8pY37ACcCQ=="
}
