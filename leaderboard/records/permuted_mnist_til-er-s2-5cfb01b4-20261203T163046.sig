{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s2-5cfb01b4-20261203T163046",
 "hash": "d3d7518a75f477c20f11e142e2206ae0940e0663e8db9d16cc79e62938498593",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:51+00:00",
 "signature": "KMsDVf21tadJyIAOaQMTqIxw/urCW//MkyBPs7wBosGcMxRzqf3swjO390ZRWsXXF+mlY/9NkrR7ZMWTug1IDg=="
}
