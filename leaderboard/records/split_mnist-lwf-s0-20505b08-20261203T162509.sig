{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-20505b08-20261203T162509",
 "hash": "2f06ae41b83f1e2cb0be79b143db5699c375ecd14e8db4f6d6f7421f237ba0e9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:04+00:00",
 "signature": "2L/6Uzvbt9/AK8U5bnFg4NlCns3hraPRdC93hJX44/5orlG4Ddc8hvvo5j0Hcl0oHBZwrtlf4Veb7lO2ZvmBDA=="
}
