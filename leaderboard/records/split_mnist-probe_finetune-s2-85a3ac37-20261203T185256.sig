{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s2-85a3ac37-20261203T185256",
 "hash": "ed98a74b6964a25c7049104ce1f4190462c5af2535ecb82bf0289e18ca759b9a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:04+00:00",
 "signature": "Xru2FJOY7uxYsUkaIukVjXnBPA9RJ+lncF3QSx/uRqmYeL3Dm4hXNE7oIcjzzEjVck7gur/XOiy9F/q3Oz5oBg=="
}
