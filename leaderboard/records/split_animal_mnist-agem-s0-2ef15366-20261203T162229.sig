{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s0-2ef15366-20261203T162229",
 "hash": "05373460c49d9124f54d38e1d5c8d83d51eb9c49f8cfff286d55db42f1e48e18",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:56+00:00",
 "signature": "OwY4lx45RUgBitYWMPhAfXIsOD6orB7IHhecSqIwhQxEq3gasWbl/WJx3Eo5CeKB/ZR3MOQ6rftCK/zccV7CCg=="
}
