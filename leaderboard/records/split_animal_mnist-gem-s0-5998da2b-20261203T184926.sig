{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s0-5998da2b-20261203T184926",
 "hash": "ed5af60ab412b3d78b469ebe38033681d027d5bab5fda31f6012c6c7602257ef",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:51+00:00",
 "signature": "kadbsvylTfoF72cDSX7jskXU90Rl/srtsQjWcUrwgBdCo1KQxbW+MXIMqGhHvjRyCysg5HX5BX5anLB04b8FCg=="
}
