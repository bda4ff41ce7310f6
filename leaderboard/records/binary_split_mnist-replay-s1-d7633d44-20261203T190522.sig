{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s1-d7633d44-20261203T190522",
 "hash": "b1f7e711ec37f5455b95e993434edc159bc52b81dd4f2263445cdd6fa0913635",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "Lsv3/kzqF1KbM8xUbXn08Q38zCDC2FUGxvfImZnleo4/51G9sd7Go3vy3ulghJbIsQfFxwVZm8f3HBbzv2PkAA=="
}
