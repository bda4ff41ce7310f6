{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s1-ed263273-20261203T164001",
 "hash": "c5f21964337a84453b582318b033142616ab9177c0270e853d3912b48955ec3f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:41+00:00",
 "signature": "Lc29clRfVQbLgB4BaJrslwztB5EAs1JnN81VJV6oFbyNfDEBLMG3JX+XP7fER5YHeUPnbfEUyhP5E8KRNgR/Dw=="
}
