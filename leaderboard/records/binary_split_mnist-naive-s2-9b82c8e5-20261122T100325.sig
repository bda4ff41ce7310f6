{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s2-9b82c8e5-20261122T100325",
 "hash": "35cb11cfe415407d7a86d26ea4fae73eaabbfbb2f10743688484f7feb67157ed",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "QFR6AuFEfqZdoACp+5j//J3Zo8kxoRv0iyzVfo63RW5Ij6Ps53uA2UR9Rt67uBF9Mb2RiKF3sb1azCIEaKhSBQ=="
}
