{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s0-e084643d-20261203T163118",
 "hash": "4188acafb63fcb1636d2918fc106bdc6963ccfb5460d244fd6c314ec3d87018b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:15+00:00",
 "signature": "4T2BUFryEJHQA9YZ8uT3Q8RhBYe7pUOETK+pBEuF6kMxyesmSOSJRTPZWGorgVyD3EbhNEE1MsMskUC6bI30Ag=="
}
