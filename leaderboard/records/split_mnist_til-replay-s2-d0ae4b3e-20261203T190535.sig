{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s2-d0ae4b3e-20261203T190535",
 "hash": "b46f10e086b27b6b1c3c1d4f988a6f7c277a109679c2a841001c5fe43aeddf50",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:26+00:00",
 "signature": "3GQog3nEPP8x5YN+NNEu8Y0S4J4xTSbyC3ulLOixAWhzc8guK0tZoh4wYrN7UY9DpDCQEobjkVxT71lJTYrwCQ=="
}
