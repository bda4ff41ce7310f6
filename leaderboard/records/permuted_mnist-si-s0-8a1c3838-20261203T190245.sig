{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s0-8a1c3838-20261203T190245",
 "hash": "9fde58b8c54544803692b4759093f33afb738db802e84bf56a8c2a4a0d027b1f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:42+00:00",
 "signature": "DTUBl/Hl+ffHk/Iplh6E5cAJsT3xAFB78AWDujd9Wt9ZiBRfttvwCpHCBcgkxZIBRM6sGyRIbFlY8ns0+BkFBA=="
}
