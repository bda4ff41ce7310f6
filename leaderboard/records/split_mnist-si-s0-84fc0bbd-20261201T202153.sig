{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-84fc0bbd-20261201T202153",
 "hash": "98537635f8013fcd2918c5fdf35f01641dd7263010ed6ac460b22ba8b70c0c06",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "vuYcPMapcj0l38VikR+TRARTtWaMtIvQBm8b8JY6oIPi9eoWYK4qVdU6/jJ7Hmw41mqZa4J1+c+TFCZwoZ3GBA=="
}
