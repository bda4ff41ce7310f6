{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s0-1539dbba-20261203T163638",
 "hash": "66338502998ea2086d4e46bf61f6257fafe467114c9258ed6b6b9fc0872f0853",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:19+00:00",
 "signature": "Aseey1AHJtvUy/0fafxSCfBCud/3RxCFxNpvcEh+BgJugugmh/wkEgkIRotiqzq2g4uTwq8p7QV7hsY3J2zqBw=="
}
