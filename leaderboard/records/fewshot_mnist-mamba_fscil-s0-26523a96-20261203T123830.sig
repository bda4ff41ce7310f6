{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s0-26523a96-20261203T123830",
 "hash": "9a417a22e495b358fd881f51ae4ba37b640cf7bf6d0d5e16ee3e8253eec7f156",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:07:44+00:00",
 "signature": "57wVbixOGqcd6Y8PFc4b/ztWerg1ADFtKeYprL0CXAMufGoMgVtqunCdklazGBv0WzSJqBBHbqXoc2DL2lxdDg=="
}
