{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-finetune-s2-8c4c16f6-20261202T034516",
 "hash": "7330cf7de39b61eeb469dab95b81e71a33053f5c7201f0e1b832965988e63b32",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:56+00:00",
 "signature": "CwzBKC0rvvQ69dEfKLV/ZUO9ygaa3YRQH0Jy3KQlTJRWfHCmlejI9n24hreun8c4JwaeKomxMqNlQ2C4wSUECw=="
}
