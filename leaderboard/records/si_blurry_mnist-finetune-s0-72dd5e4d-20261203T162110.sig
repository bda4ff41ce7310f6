{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s0-72dd5e4d-20261203T162110",
 "hash": "a554d8136dbe247208c3c49ab7d7c6ac77dc5da90f67e026f0b47ce2435499a3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:06+00:00",
 "signature": "4rByAwXhxt6CiU+oJ+S0OJe7Cjl9NCIFKnZsQvtkVdHTazYKTSXZFOmI+DPN/WUP4Rl6up4dYGNKAqbDKwSVBA=="
}
