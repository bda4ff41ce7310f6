{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s0-8deae814-20261203T162242",
 "hash": "9636b4f12b7a9bfbcfa9ece8331ad4cae103fa97f08792161cf34cde6b2c8f9d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "FVNk3uSY54paYxlpSKury8OItXMhDkOl/KGYUI9bhHBBsLIP7NNmCzd+TNKoZ/zZyGNqsJ4KooMnBpsuZ7dmAw=="
}
