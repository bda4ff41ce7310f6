{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s0-9c811352-20261203T164109",
 "hash": "178febdfe01128e86b6709ea6f369c3c5e6968d78ee8afdfa1035870d46b8a2a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:41+00:00",
 "signature": "ZJCRgeDk2/ZPIaZclGkWYm5otl/Tm09UKePpIeEVyv2Ysyd8lWNIsTwn1AJWZdqTksaikcO+bGLUR06uSdcWBg=="
}
