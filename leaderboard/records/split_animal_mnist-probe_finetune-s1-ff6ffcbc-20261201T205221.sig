{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s1-ff6ffcbc-20261201T205221",
 "hash": "340af4c2f1185263952dc939315894e00581e9a1c3455658c5ad0bba1414e297",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "8XPlKAC3uIhD2Xcy+BUKSuxh0U5V2BYIKDUhX0EP5UWUoIIahuBx3uhx/1lR2PkZXBAiRK46RvUE2tnhXHt9Aw=="
}
