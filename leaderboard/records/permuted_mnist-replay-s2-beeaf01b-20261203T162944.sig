{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s2-beeaf01b-20261203T162944",
 "hash": "defba4679e06990e95fd96479222fef42e1384cbb4e31bda9369032ccec1eeea",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:48+00:00",
 "signature": "5NVZfAjXQ7p/X5Ti3K1MmGY2Cf4+OgfXjbnzEBuOXKe4DHcv8eGOb2eLQ8ok8eZIU0Xq/+oFJNmbJbtUceL1Dg=="
}
