{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s0-cec53f8d-20261122T111555",
 "hash": "6eabb1b63a9bf16f8756c355e99365291999e4d68176a30de03071814b3e2296",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "FQUbywXNiqYxlC3Waw5N8sb3cfGKZpZF9y+mTuXfewZBPkbRgE3orjQk+iwVsco8t5CwR7bALhTGpNSQSPTxCA=="
}
