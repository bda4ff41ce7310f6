{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s1-38b5b9c2-20261203T191101",
 "hash": "a850d39796cb489fb7c47e23166c0827827a61fe70588825c41f5df85711680e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:34+00:00",
 "signature": "nriacjlVzGGF8J1ENUq+lg93m28SkqZdtZMrh+k+wXIiudubbp3+Z+pUhPZAlqHSdB/7c0pztsU9e05TbIflCA=="
}
