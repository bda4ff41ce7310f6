{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-9dd744ce-20261203T164645",
 "hash": "94815037f3b3f85b2bc48f311123ce882f8087df28cc2594101146fd4d9163c9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:07+00:00",
 "signature": "l8RuOkcYq9PKwIa1N5yMAbd6qpzEzMUkRlcLXkn9xzAm9VV7X78kMIz7d4B7V5ry8i5WE0fhmNWXiG15AVbwAw=="
}
