{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s1-5f4c212a-20261203T123829",
 "hash": "9da6f9f2926de3d0467df19a21bebc1910a979fe7c50e3503d2655dac3fe7c22",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:07:45+00:00",
 "signature": "DiCfjnC6OYC55N4A2VCM/J+wej0sF9Nri0U916Vlrt+5mqgv2kUafbOL1M8qAecmwYZuJYejJ/PlMhd6yjUCDQ=="
}
