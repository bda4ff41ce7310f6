{
 "schema": "clbench.signature/1",
 "record": "online_mnist-dualmix-s0-2a0c876c-20261203T162537",
 "hash": "6973442a5665800565550fb2e848a5b1740ac618207be20bf2509af6ed017664",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:07+00:00",
 "signature": "298MZlkvDlDcIJt4vqkKxRbVhB9ENnp9aS2wlJ8GlkOCgaUaNTnla1GMfT+2WBnL70eIN0+WawHMsDefIcz7AA=="
}
