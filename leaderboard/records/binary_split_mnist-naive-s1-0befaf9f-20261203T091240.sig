{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s1-0befaf9f-20261203T091240",
 "hash": "1ee5a342266fc3e75cbdb9e584a0cfb4ef41bfa4068fc81f1f492de0dbd633c4",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:17+00:00",
 "signature": "ZxRb5BTnlxvhMHU/5rQR56ajl19qZ0IbUVLfA4WjCSAyE5djYOOHeZqeiujJm/NRm1tONHxo1cIkNU/C948KDQ=="
}
