{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s1-4ac65bad-20261203T185121",
 "hash": "afd0b23330ea87e0e2d59bd8e64c9b8a7987cd1b90f8752e76a7fef2bbe5eac0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:50+00:00",
 "signature": "2kA4FLKJz1QwF8RFjJEVOIMzrwbwmW64UkwsxoUeSmS5fVBf0J2GxKpXnHDOPFi5lRIzmmQW5A5h2P9GIPirBg=="
}
