{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s0-99c1d6b4-20261203T162208",
 "hash": "4c8ccc83ec4a0d4339bec8cd492cbcd97d8c8bb7b7adccb9f0e7c24b2f3100f5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:06+00:00",
 "signature": "Zl25nCw4CubsOQtmc+Sh9GOHLbx3jCQxfamzFv2WduLSXYfwvo+A3uAAoTVCZzGywx+JKfDEMqgOH0TIFptHDg=="
}
