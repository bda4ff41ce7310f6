{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s0-bc42b589-20261203T172043",
 "hash": "df99ae1316a5be9da0d8ff9979a11e0bb3bcb4bf7149b9b5c3cc1efea061af48",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:45+00:00",
 "signature": "maWRzx2oCTOAyEkG0BkRbAb8/cT0YHP9IfcLFMfKQcZmNprCqbWho9s0jCoZPQuCxFOSzR/MJo+au9vciXjWDA=="
}
