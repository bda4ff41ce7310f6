{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s1-48f3284a-20261203T093014",
 "hash": "d4c76df290d97c6262c1e23dbe2966f7a6b1d3dabe2248c7d5a4bb3cf9b31892",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:14+00:00",
 "signature": "+oUt2X884t1Xk8XJqIAMJzNPjtPFHxM+aPSe+sfGM+M2gXuv75gSia3l3OGzffuMRby/xWV2CrqINel9FVyNDA=="
}
