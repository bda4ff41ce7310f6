{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s1-c557a59d-20261203T165337",
 "hash": "2f01f312f83d9120be04acb266b996c615f62f089f3f71a7c7268b0bc2f84793",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:02+00:00",
 "signature": "+/NfpfvkvrhHbs+zE2z4EBTSlx0PUsW0tAkxg9CUGd+DUTb5weytkFoW+WW/4euHEERqxXtKAbk375ErNT5xAA=="
}
