{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s0-86cde73e-20261203T171832",
 "hash": "60b65919c7d92902d598006a54c4eee1474826a7cdcfda42593443570322c28e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:46+00:00",
 "signature": "TFXygXsjaAiaBOAbb2NAtMkf9gSuy9CXgEgBqmvkdaCxZBKDAP63V6aK3D4YcVwgMitYVsexS1RKJlu9jjoYBw=="
}
