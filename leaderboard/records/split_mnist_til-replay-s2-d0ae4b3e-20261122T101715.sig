{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s2-d0ae4b3e-20261122T101715",
 "hash": "26c161aaff7b2eb7ac6020ef059fab320e0c58ac490eee30102e4e943f47b548",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "bu3mPq7xfSeb8VH3DIW9yTHf1UkyF8xTa8tgRxXG1JzvZrFm1HWieRI8FMMXoYGLt5QVTtxhqpqGwaRlAOnJCg=="
}
