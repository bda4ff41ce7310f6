{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s0-8d123852-20261203T192849",
 "hash": "7253f6cda0db62a51276dba9e60c038af8c2e37abcfa9714a29c2d8fb4145399",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "ZpZvkAgu8scwRCQiZ9JIod8nWZXJ8a6ws1Xe2NIxmG8jj1y1wgU5FFMGB5skhN+2ELXqhX6d1pBAk1dNG5DdAA=="
}
