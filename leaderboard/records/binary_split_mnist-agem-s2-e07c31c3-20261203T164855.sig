{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s2-e07c31c3-20261203T164855",
 "hash": "a375bc1eec1b0b94bc1a2a42d18ef95ca4dae9609b0507172e82141dbcaf5682",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:37+00:00",
 "signature": "cqqWBdf12y8Bn9eFcy24UJo9rNtgi1fbADnh6colvh3rJru9ukNIdFeWi/bAuVtiWgM+psSyjHcwARrg60i8DA=="
}
