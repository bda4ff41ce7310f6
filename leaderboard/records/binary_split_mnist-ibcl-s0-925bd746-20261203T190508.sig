{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-925bd746-20261203T190508",
 "hash": "ac6619663ffcabcac6e937ea793c3c57d6788c4ed2e0efbcca4e291749b131d0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:33+00:00",
 "signature": "rcm5y8lfDdGI707KiAvPxje4dL2xjP0Wjyg36poMejIkRxIZM/kXOCiQux7okaNwMdBPKWu8YrU3LfrnaJw0AQ=="
}
