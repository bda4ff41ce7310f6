{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s1-38b5b9c2-20261203T163451",
 "hash": "c0cd0e877630c21bc2644eacd6eb344aa2f9edcb4854459023bf790cf7f3ea38",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:43+00:00",
 "signature": "FNW6J2TYNZMjEf0CauPcTRMaHbtkvoM9oPYL8QjGVyVgOhjhnq/OzFTjzOISr6oWzhEMhCLu2mtv9tSLnU8GCw=="
}
