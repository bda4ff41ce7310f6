{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s1-71f4933f-20261203T192926",
 "hash": "bd27d7628ff92a69594a28926a8a999edffec5d53791c07bd3680399685eb44d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:30+00:00",
 "signature": "/zraOV3TpnWxxz3V++6txdgW82KGItfa2e9BU0iG8Cta7a6KpH5lgsbKLIzUxAfrJYfs8VuDFegQb9HTLu0gAw=="
}
