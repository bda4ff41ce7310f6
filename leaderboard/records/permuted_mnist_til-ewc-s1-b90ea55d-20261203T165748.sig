{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s1-b90ea55d-20261203T165748",
 "hash": "bf13d82182a0d5da9171471dc053a05c086911904e0285caf8a109ca67205dac",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:51+00:00",
 "signature": "TkcixVwY7QVjkUjNRittbWwB1/CwEBiNEFxBEuw1swluAGgf1qxveHIVpBCu2b5EnZgUq9EkWJ7XhwTs60ZBBQ=="
}
