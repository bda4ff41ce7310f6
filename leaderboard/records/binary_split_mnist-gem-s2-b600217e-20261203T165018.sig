{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s2-b600217e-20261203T165018",
 "hash": "6237df0cdebdd89aa7b9107d04936d080ebf77a391e8bbef02f27cc414aabfb4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:39+00:00",
 "signature": "IZ4kmAccU5XoloqGuzqrM2NsRzCwJtJhP5VLVUE6E2PtSxkqsVvrZR2nPMJwI8d1OGqmL4dvmVNuyucbqYn8Cg=="
}
