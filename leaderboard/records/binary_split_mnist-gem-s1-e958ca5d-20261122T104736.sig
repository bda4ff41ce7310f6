{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s1-e958ca5d-20261122T104736",
 "hash": "34b9a2ac1d7d25f74a3c3fb393b1aa48c15d3991a714f085214bc4b5ce36aa4c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "dSwKnvqKDFwXCPyLc1ZC+nz18CSIDb4znWYQugDDognijs/dlKTp/goX90YsJzw5jQ/gKkSMEG6kdE47/884CA=="
}
