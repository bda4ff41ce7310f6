{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s2-89dac573-20261203T164450",
 "hash": "3acd214f808df0ff9f9f3f3d37be22031a05b7ee807207d2e211e4f64810a9e1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:55+00:00",
 "signature": "nlMlmkr4oa75lnA4Mh/5hMBO/YMzG3JEi9R34q84X5BXdiRci8lo2/RUUOhi0OrGxZ4yZBkEU6CYz/I8ZeuiBQ=="
}
