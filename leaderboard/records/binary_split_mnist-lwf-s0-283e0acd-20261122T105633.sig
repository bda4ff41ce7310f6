{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s0-283e0acd-20261122T105633",
 "hash": "9f54ddbc4e3f606c0d364d9fe8e5548642beeb0e592eb07bdd3cb15e578e1f00",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "BpVa5yLJd/QbTihuMqqs1COqKYgWUNt24e8Xg/UBdItAC3qld/sNUANr2euZ8yjKRHutztdoYcxzHyFlgp4HAQ=="
}
