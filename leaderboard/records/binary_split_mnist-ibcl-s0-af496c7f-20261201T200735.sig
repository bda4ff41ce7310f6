{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-af496c7f-20261201T200735",
 "hash": "4b725a0e773563f4eaafc5cf3d14904255dbaffbc0ef65810ff67ec018d08abb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "+maa2ZE/PVtAKoaKqp6ImiC/Q4tq7P4BL7x4bFmEdc8kggtFr7tQOQG2R2L9jwMZnw+yp3ww1BB+lH/6tXlcDQ=="
}
