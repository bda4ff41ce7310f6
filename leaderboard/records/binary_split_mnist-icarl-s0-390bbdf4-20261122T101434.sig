{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s0-390bbdf4-20261122T101434",
 "hash": "62bce204509bcb6a3f61d5b448795929cd95d5fcf01d5e4c39810221419fe8ae",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Ek+hh/GyICpNVT8+FAYoF5kCjJnYQ+7fmBb+6ox9Lc4R2k6QOod0kLVCzTB8H9z9HgwThBFLpP/envaHoZE4DQ=="
}
