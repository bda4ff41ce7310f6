{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s0-3cd4f442-20261203T185412",
 "hash": "15d937bc3fca1763cc6d117c55d4448251918db0d742bc9f6918150f66182d90",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:04+00:00",
 "signature": "o9B3G0IZ4LLxWbSu7Ep2IPEtBIQckwNOLpEXfQbfJFLNbLacwhKIeL3DLpARZHBV6TpTkmqecFrmzv3QQFiDCQ=="
}
