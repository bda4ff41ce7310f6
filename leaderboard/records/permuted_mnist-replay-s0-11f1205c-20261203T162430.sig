{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s0-11f1205c-20261203T162430",
 "hash": "41f77f31f4849a317848129f4ccfe7bd89369b07b440ea4f33cb170657f50bbc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:48+00:00",
 "signature": "yo6N10r+f3wtX8zynzpmT05UWKIhygXv6TmhiKo7GOettcMJPeCox64l72Qz0qI2+foJc84OACVu7sXOkbk7Dw=="
}
