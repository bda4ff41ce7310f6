{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s0-94c99faa-20261122T100005",
 "hash": "194848e564b465fc5b87121d875ee03391b31cd888f1b637e1071c338143b7fb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "PGTta308fLigOAJpcHh/nuamo9Oxcqeq6E0juINSFMSBx/dvmxrQFSpEz/oYw1Rayn1Dqz+i2Vp237SerBaMDA=="
}
