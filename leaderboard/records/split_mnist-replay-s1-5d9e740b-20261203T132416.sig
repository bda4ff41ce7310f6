{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s1-5d9e740b-20261203T132416",
 "hash": "16ca88e3cd1114baa3702b09e2f7da19f1c8cda3fdaa628a8c20ca05fa3d8fe5",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:51:28+00:00",
 "signature": "rkevazU4SuLcDLZ1wdHKCfl5FqsyBqKF8nXS4nOTmbkKQXzWo03LMqpbJn2B4AHhcgnsIHHPLHsnuiBgstDnDA=="
}
