{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s0-2b8d9e5d-20261122T113502",
 "hash": "d0e52fa53d2fa159c0c3ff9f0b51920e8cb1b8b84b924c61b1b9b0fd415c9fd8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "hWoUMVaQIyT75Z9iud/fyQXFt4vFqOHh4GPy2B+iVPCsoc2xGq3ZAUvdsWaMf+uhNr7FP7tjmx+BM69mqEFwCQ=="
}
