{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s0-e4f5fb7b-20261122T100123",
 "hash": "7abbec6b69fef8f314875aa55d35e4aff333edb6a8411101941d0ca8bd4729ea",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "7Foe2y2X8JSv5x5HZrXq0kXRuYtw+Ab0chpca9R7ghRH9wn4Xd9Zir8RUPzhRWloC/nau/8uHx+3l59ZWE6bAA=="
}
