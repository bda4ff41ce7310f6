{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-2ce1c1a4-20261203T163110",
 "hash": "0c472e41e21dfb5cfd513e38080067c13d9ce9c1da7f5f03230c820b5a3de1e2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:18+00:00",
 "signature": "tFbDSPCAyBxm7C+qZ1BSiBWyI1wELOrJi0X7NWujkqfuZ3FIEBH8y1b47avqCCXdSktkhb7PwF7nLkgXVfrlBg=="
}
