{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s0-e084643d-20261203T191325",
 "hash": "4f58cc691f5c19c38fb3c838dbbd6e3ed8995cf4a4640d3c93059ef5b18c6037",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:54+00:00",
 "signature": "FTnNqN3Zx5/bzBK2ERhxpaWcMJmLVVm3CQZNCe5tBUA8BIPOzSXorx1Vt5WBzGGNqCVsKiK0cjl59G4asKSNCw=="
}
