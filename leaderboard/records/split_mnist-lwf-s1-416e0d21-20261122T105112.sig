{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-416e0d21-20261122T105112",
 "hash": "cf776fb7fb011b2db48761b6f70c0d4d556da40c8ead23772a01190226bc6c47",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "RAauq4WsJTxkkk/HM2dYmjT6JEGmPiX5QmmtoeBQnS+Ir1qXkJihpOONfk3Wqda6k/kap4EI3uIpzY2Y30yUCQ=="
}
