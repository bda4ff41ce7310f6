{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s0-ecbfb21e-20261203T184625",
 "hash": "cf16cf69467b1bf8c6ca9c6e89ffd27e15801bd752863361d44af2f7fb9c5503",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:50+00:00",
 "signature": "RlGnC1AsHQ1EjijQoBG/sZj8J15nasaaf4izbc07xq0T4BqF6SmImCG7VS4n6LoOtxYMo+KaJz4LLy/JqssXDA=="
}
