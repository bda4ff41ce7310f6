{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-bcd33a3a-20261203T190811",
 "hash": "9b3c6b0c52e161baaf944225d93578c2a87c8df3e631550759d0d6307629feb3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "L6AYkFLYoIM2AKJeM0UFa3NIiXO+oQ9gCesfwJWPfY0nZey72LX2hTJaYcKLAzSjdHicM5m6oSTqJGq2Bal3Dw=="
}
