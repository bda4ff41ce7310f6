{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s1-f1c17d02-20261203T191127",
 "hash": "f897465c22d7a8ec819a3436e4c780edb3638b247e9d624579e3437982ad7bbf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:46+00:00",
 "signature": "d4Xfky8dQWG5V1UK3oWgb0AXqLjTeBobvEGL+n+esDnm8F+o4j7KfBGquFTz4J9L1uTZ1muUt43em7AwTBTeCA=="
}
