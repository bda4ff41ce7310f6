{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s0-d283ce9b-20261122T105143",
 "hash": "e5ebb5c790d0ad204a7df82fa621ae9363fc9feeaa6af63ec98d8236a86e6cdd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "aEKDYByrRr3CdxVSSnnh8Nt03Hej56FbuKBfZQQspL+1pTZLpZA0HT7Hq8NpAzTTMBLR9T0JOVUjK31X4TYzBg=="
}
