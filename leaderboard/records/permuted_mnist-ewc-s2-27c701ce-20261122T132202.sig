{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s2-27c701ce-20261122T132202",
 "hash": "5a451f656e9e784284a23953646242bd638fc79595de84a5a9c6014d0d95b7ad",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "QztXcuFngFizght39iH/CU/pnVvLSA310L57uNPmqqhk6ZPUwD1hTWuTokn0WMnxidukXu8zBaHDL7yrLSGhCw=="
}
