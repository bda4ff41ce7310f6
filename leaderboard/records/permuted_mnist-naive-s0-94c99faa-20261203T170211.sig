{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s0-94c99faa-20261203T170211",
 "hash": "28f3e16a75574ada0818506bcdb17f520480f823d54d2546665fdcf7d2d67fcb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:47+00:00",
 "signature": "UbSnqVNrPxwMtE0d3Peah9CH/6AQo2W2c3jTfhvLRgDwClxDl7W6zIvofi4BlNSYUXsXXkax3Y76MJXD7VfEBw=="
}
