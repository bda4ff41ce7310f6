{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s1-c147bce2-20261203T162947",
 "hash": "e227c8e051fa996501e1659933eea2191a7954cd30a1a6c2635cf6e7eb1e5ca5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:10+00:00",
 "signature": "0fnzBYKE4nCVCNBGqp6xhj+UK/PblztETDmTCI388LdU+dBaS4yUjHlOXFgVvHI5riAiDqde8OM017G5C6YwCg=="
}
