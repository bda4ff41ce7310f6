{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s2-9a3c3f35-20261203T162738",
 "hash": "8600e82804a9c4033df7ed9fc9c75d6a785a85731411c928b7d39dffe906c57d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:40+00:00",
 "signature": "sWE+AbOyrnx0vJC8pS0F+CXS/5zlJzlhUe8n6YCMGnnlBd1C17m55JhQmnPErldkuSZAPfKXIgiS4pWiS3KMDA=="
}
