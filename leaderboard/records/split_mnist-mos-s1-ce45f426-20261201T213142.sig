{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s1-ce45f426-20261201T213142",
 "hash": "f9547886039319ae6846d0bc55d4561a212ed8a70fc55d45795384f66b4b56df",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "1UZSatLMhrLLpbad8wHRGaV/XBMLAzw4mxsYtr47GKMxd/IMi3E20LuDRkJ+cFxZs1WqQ0aX2ybGEvAJY3NWBQ=="
}
