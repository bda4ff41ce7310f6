{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s0-c23d0951-20261203T084538",
 "hash": "96a9ed4d2a7c90c14d899c132d1fe5b8316421502e3a3d7ca3ab96d2ceea71f6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:06+00:00",
 "signature": "fmXICf5h+mhyDV3WPWsbgFbQpeqngd4scf77uynlZlEIUjPKCNQ5F2ovcIe/67xbNjXxYp8NuFHATZfzMFZhAQ=="
}
