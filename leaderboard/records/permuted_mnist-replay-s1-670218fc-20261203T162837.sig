{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s1-670218fc-20261203T162837",
 "hash": "d71f1637ed5906e19e0bbf5509d96f7230183fb0a296fdee634194222b54cf4a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:48+00:00",
 "signature": "BpeYEhd7W57qF/YnJk1QJzcamOjOarE/eW4m55fIKOp+2p/jMl8s8ix4OL/zjvN98lCieHISeF9YYo1jWPusCw=="
}
