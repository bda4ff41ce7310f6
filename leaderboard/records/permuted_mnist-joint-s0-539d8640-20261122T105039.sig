{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s0-539d8640-20261122T105039",
 "hash": "f63d7cfd5484f08e76c5f971a6f6d1c1ed48d1ec80e2e2d5e8ede575b1634e64",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "fCnVXP6D8pbPyGomDJb0svc3AUmvsKzH1VC4mJuhRHUE2zV3f2v+wEugFNFJ7qLcPOf5KWeyqDanO0LpkoszAg=="
}
