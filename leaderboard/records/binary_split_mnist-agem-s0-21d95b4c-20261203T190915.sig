{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s0-21d95b4c-20261203T190915",
 "hash": "4373029cd43ffb36483b1150cd06c65d3f256b27c59baaa2004cdd1ea9355972",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:29+00:00",
 "signature": "y7XXTlTo4rf3XxAfHDDiHgm5NYV8emWRVHkkNR65WgECl6jcj2AUsoais/Hj1U2oDnbphKt9a2P5Cw0/z8QdBw=="
}
