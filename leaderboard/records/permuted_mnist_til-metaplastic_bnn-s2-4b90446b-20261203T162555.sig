{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s2-4b90446b-20261203T162555",
 "hash": "32822de39a3103853364ee31332430138daa064d6a9ae49d988d1f24b8a4dd51",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:11+00:00",
 "signature": "h3CU4FpGnTmqFrgQSSarYIuJa74ivx24ZwDGdS8D+OF+23fujCQ8+L3tKZuquA2rfYdabdEUiIIy0MYOekAPDg=="
}
