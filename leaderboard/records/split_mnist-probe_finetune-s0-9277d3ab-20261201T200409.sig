{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s0-9277d3ab-20261201T200409",
 "hash": "cbb2ba727ec4d1eaa5a7f0896a595595577746a15fc3d4d0cd813a657d43a620",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "dyw32cBova9xKn0OgjoKOUGtaA5zW5c5OuviCNhNI7HveecXgG0f6arnU9fIMR8UYAWPSg3ymgao2efxKd8jCA=="
}
