{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s1-e30c0b2b-20261203T162226",
 "hash": "9b36b5c0a94bb0a51e09867cf7a651e177cb7da8204f6d3d30162ae024943b55",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:57+00:00",
 "signature": "gvAZvvBKtAPiNmTGfqFHBjRlp+XhfxlwIMiAZTrVi+wFTPK69bfX/6thu7C8l9P4hlUPIkA08cfDooFHJ/24BA=="
}
