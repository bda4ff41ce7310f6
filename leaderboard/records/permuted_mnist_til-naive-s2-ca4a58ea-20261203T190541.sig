{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s2-ca4a58ea-20261203T190541",
 "hash": "ae410e7c72825bd56e8e1ef2a3f310e83e3f44b0ae597a7389e85ea62747023f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:47+00:00",
 "signature": "++aO7jl60FB9vDGlHluykJ1AFxknLOJuH2/wdcX6AeRH5/1mmQ4sVeVzv+5Trq9JNkR42+tuswttC9VTnQ6JAQ=="
}
