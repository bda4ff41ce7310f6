{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s1-eabea927-20261203T164522",
 "hash": "8a8aaacbad98b823010039212750dc513e4a1c1c540687667cd4e5d04d0918b7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:38+00:00",
 "signature": "fEKWg4Em3lWXKFua71JCHUQVjOmQMYUuu7JbTYdkUsG9bG9c+TsZrJLLcdA2xiPnJxoo842YULgT4nUDUxLUCA=="
}
