{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s1-9171e440-20261203T170938",
 "hash": "27a5ec31281ebc9703f67cfbd0afd8a70450c4712e5f2682cb64983d4659ca0a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:43+00:00",
 "signature": "a2EphPCDV3CtzZES12kO3/lMFsqFLMyB5LWINRpRq8p3zAJmGa0M9Cpem8Sb3Vl3nbOR8HW91EDi9dF0IH0vBg=="
}
