{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s0-431c9e16-20261203T163130",
 "hash": "6e8c07c87dc37a9db5d514f5dcf32923cb06df4bdf67ad4c376f43ca8558062f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:03+00:00",
 "signature": "Shv5pxtZVBKAIjKEgwetrlmlTjrN8fpRMHC3Ixe5M4Xo50yo+bzstGQeg4oX/42LDvS9XNrRPOiiAQO5XTlJBA=="
}
