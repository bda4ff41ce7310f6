{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s0-0984bb06-20261203T164319",
 "hash": "f24157b1024cebddeb650f5ed6fac0548185d01cad76736d4df138666e380a30",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:50+00:00",
 "signature": "Kxhtoc0FhC5Jt0/8WG7EBUcgP2jLxyJaI4Ut8N+lSnV/D9Ps85vNvDcyBq7X9WXY6gXZa2yXBuGAezqg74viBA=="
}
