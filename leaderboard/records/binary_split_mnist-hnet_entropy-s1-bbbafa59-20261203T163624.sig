{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s1-bbbafa59-20261203T163624",
 "hash": "36504b77d17bfa0a1152470161a90ade569fb9300f944d2a99d62f61ad552ab3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:40+00:00",
 "signature": "BphpA4+tvIFM2oG4ZlF4XT9YwXVqMp+8F4V7YMZ0Ix/fka1jywBgFC0hVt0ZQBb3q8OGPHdnwP+wOB9iutaEBA=="
}
