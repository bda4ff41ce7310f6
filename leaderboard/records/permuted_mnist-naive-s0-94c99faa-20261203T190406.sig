{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s0-94c99faa-20261203T190406",
 "hash": "3c6dd0d1256fff2bfa299c5e7d99b79acd4c78bfdb827859cd74c7859d4ca9e2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:41+00:00",
 "signature": "eDScC3Sm/zf0JvSDtoDCZ0Ndlnmqpgixc/L8AuhFQBlvOD+f9ubSmp9XlYdrFHOm63lSwCFKm/kDHwrcxye1AA=="
}
