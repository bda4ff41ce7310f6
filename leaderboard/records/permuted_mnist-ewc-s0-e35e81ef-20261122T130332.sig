{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s0-e35e81ef-20261122T130332",
 "hash": "2172ada04158bdfe6ab25f9894453335f401b444000895fd91ee4b3042dea656",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "mj4+jG2/NpXYsnnUiqhvNUri/k6kOWsNumYKtSzTjJ+H+fpvZ2ivLOsOm78RHiRsuijrOLwAPX1C8xz+KOTTDQ=="
}
