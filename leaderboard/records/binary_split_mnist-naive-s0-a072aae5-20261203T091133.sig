{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s0-a072aae5-20261203T091133",
 "hash": "93e0440f5b1c51cfc9bd023bce44f8ed992c15ef8a7a5d7dc375270b88149640",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:15+00:00",
 "signature": "ijj7rD1HK4U7nQPFzY2fI+1Llru6xRDoePx13ObvbUsvP6uSLR3gr0v2efl0bgud/XMi7Vtnih9Z96elLpPuBg=="
}
