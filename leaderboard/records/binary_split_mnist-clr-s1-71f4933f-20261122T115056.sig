{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s1-71f4933f-20261122T115056",
 "hash": "83b52d3d49b84a5279dbe053d0e41251f12a69d1fb42ab7c0917f60c05b1eb2f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "EHygW+y3+dpiwGGADV7e1MLXvO95W2ukzVxrtIZbPdAzQZQXg+pXpfiMnCjEPJLOZtI0tkMj2kQ2bOqXe6WPDA=="
}
