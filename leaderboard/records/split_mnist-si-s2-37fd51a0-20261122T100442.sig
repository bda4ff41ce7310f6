{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-37fd51a0-20261122T100442",
 "hash": "d801c7bea2aeff94f0e3a6c97cdee4e4a35201fe2b54817b763a8eb2d30cc705",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "o9560YjkHd8k01FVIHbuyqt7CYCY27wnrT5si13mPUNK/ftbA3p0/4F+WO6uw0aKZF5122FpqcUAdC/TK8JYDw=="
}
