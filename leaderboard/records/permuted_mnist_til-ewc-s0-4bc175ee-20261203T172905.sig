{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s0-4bc175ee-20261203T172905",
 "hash": "41cb354da40cb7a8d015bd6a22e080a803a2b57932790a52acf507d4aa72149c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:43+00:00",
 "signature": "1jEpaYM6dzjIVKAp5JbvqQQQWfY1nqa/RTlz4+43jfQiDDFsmfuRsy2XCTpW8mQKB0I1jxN1GPIrN8ttzhbhCg=="
}
