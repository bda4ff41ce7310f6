{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s2-9ac9189b-20261203T084603",
 "hash": "0b36537f1ad6157bd93ead4a140d0b487c0229621e3fa5b31988b921dc642978",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:50+00:00",
 "signature": "VyxK4/wHQFnqaRoH1qEU6Lw/B10YaAB/AE3z4zVa9MZIRHaDVMoxxg0djAFLXnXZw61B5xdD1j4XClJPvnHRAw=="
}
