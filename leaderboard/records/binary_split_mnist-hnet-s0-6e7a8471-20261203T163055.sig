{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s0-6e7a8471-20261203T163055",
 "hash": "e26aa1ef0068fb82f9febee0f836c2b00411d9e1735031f04eb3d91571b78e04",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:39+00:00",
 "signature": "5JCQ2Jz/85d68zpzfd5DMf59hopsiJp6c0ufN9QDaHuqWgBgpHTy/Bn/ieu3+rTy878yPI4yBb4YhopKmKaBAg=="
}
