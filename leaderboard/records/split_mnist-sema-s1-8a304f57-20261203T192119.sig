{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s1-8a304f57-20261203T192119",
 "hash": "6f5d7d4db36b9e2cfa7fba9a2a75b37cd0dff808b4c053cba332a4ff0f5a1b23",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:05+00:00",
 "signature": "P4WhClunPtWPI6YB+c85Qg61VXVtuaHudTIY5WCnLaFDeCHi0cjM6rbATZwN0VAOZSUDqvGsln0CmIDNq37dBw=="
}
