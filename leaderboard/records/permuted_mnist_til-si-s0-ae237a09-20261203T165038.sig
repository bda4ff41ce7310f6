{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s0-ae237a09-20261203T165038",
 "hash": "f8015e1ddc2ea2851777a25fb4bdda7d4dec47791e51ab2c7cb8bfe0cb3ee87e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:56+00:00",
 "signature": "mhTUbClQhkqiLD/2VwjAxFJE9q6dtWEa+M8pqRkMvzt/KeCYrZvG5dOoSjSQtLIP3KNNiV8+SCLUGarh6unJAQ=="
}
