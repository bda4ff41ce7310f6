{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s2-7a59448c-20261203T162331",
 "hash": "3e3afbb1bbdbbd96ad0365c5dbc6867217cb86dbd14c4a02b50b1e15fb8a7d38",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:48+00:00",
 "signature": "VjOivfeezFNOAPNL6GYLmfkDgvET/GsV18iXuk8n+zVzN0KoL4Nuam94sg7hDXp9PGyAAbWkml18UHlaTQZ/DQ=="
}
