{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s2-18a4d7de-20261203T162628",
 "hash": "c0fc0a1774459919a121d27fd77473b8ae0e5d709614bafa4733125cda0cf720",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:09+00:00",
 "signature": "NKxWkB+6Gyzl7VHwR5q2/drfKZPBMyVWLx72IM+59WSF2xVerUTaaxAptoupFX2hUPVjPXL6/qsqW7jFtOkkCA=="
}
