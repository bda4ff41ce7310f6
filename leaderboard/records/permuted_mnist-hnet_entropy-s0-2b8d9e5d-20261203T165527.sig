{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s0-2b8d9e5d-20261203T165527",
 "hash": "c9601d68b7807e7ba10896ca6404064ff78bdcd2d3264b94fbd5f933cf393e38",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:46+00:00",
 "signature": "9L6I3/P3RipBQhThmkRT9dfy53DVVLq2ZjJVAox9OXFvYL9gO1gG5MpoJHCIxeH4SNh9SeB+x9WUpbG/GlhWAA=="
}
