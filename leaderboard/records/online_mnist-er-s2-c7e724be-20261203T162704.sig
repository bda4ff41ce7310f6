{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s2-c7e724be-20261203T162704",
 "hash": "86ebda184f29fdd3adb4152ad2e87670dc2a6dcfcccc1c6f65fd17e479b930f2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:08+00:00",
 "signature": "r+7Dy65ei9/XAe82drbJuCCsm8QUCu3STqvCCfIr5GVibpfhdjSfp4B8FBCg4UkUL2aKWKRtp0sjpl4gvfJ5BA=="
}
