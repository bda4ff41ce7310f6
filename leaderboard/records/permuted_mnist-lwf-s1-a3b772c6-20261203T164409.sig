{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s1-a3b772c6-20261203T164409",
 "hash": "d5c4635defeeb477a8bdf4a31f46f7737e0e6f395dd9a21a2222d5e4d2715bcd",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:47+00:00",
 "signature": "XkXn9kIxIKYQ8viRmeSDRSBFVV9WA21rp7Hm+Bo0os99J0iPsTx+wydScOsWtZin2T7+kkYqsKVIDe+oCblPBw=="
}
