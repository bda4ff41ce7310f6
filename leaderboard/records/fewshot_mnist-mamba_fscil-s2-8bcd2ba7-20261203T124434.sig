{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s2-8bcd2ba7-20261203T124434",
 "hash": "0be4fc30ae54e4dd4092b633e1ad82bb40688e72ca5f7791d317be6f8e7e22f1",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:07:46+00:00",
 "signature": "PZl2RZafouojQbSEcDmnphI0J22indNVWoE+yLYDOp7RMTAnIddSLgjsE/c7/MZC/8f2vLUN8BndF4+GKvLyDA=="
}
