{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s0-a4c7805d-20261203T163359",
 "hash": "b19005f213d5db308320b09fcd64b8717e1a8e2fd0dcc8feff7f05776ddb331a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:05+00:00",
 "signature": "3jAcdXwVXqHmovaJeZ54YpZEaOQwHedysYRpXJ8+gxE1EvLlDDSgXY0vbfA6d/StVAUs95qvdgICO3KcVV0uCw=="
}
