{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s1-6564020b-20261203T162209",
 "hash": "70186a2a510ed9fe6930df5cc0c3f58aa4cbd57546cbd8fb9451b59ac1397ddc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:05+00:00",
 "signature": "Rlp5QirSHJRGtwDWcfncK2iZ8IJFmuMtd1tBUVkF4BvsXdOZ6AC+GSHTncOGPNkJjGWsvJc9lkzdMbwR65QeCA=="
}
