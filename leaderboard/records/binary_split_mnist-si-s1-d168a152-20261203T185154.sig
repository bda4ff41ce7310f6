{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s1-d168a152-20261203T185154",
 "hash": "2c27ff8a7d8690800ce3b3dcb8d99d947c609f54fc508dda985bdcf457e00bf2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "PL+IetqbY4P428b41+Y3GOWIB+6QKjuXleq0Ak/PQByzaedEJMIt0fusQBQFD2nGu1qv3cyxpVV7EwnmldP4Dw=="
}
