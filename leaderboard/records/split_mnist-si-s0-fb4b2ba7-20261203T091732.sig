{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-fb4b2ba7-20261203T091732",
 "hash": "c5bc7e04ea2196b63d31b0e097c8507581b967bb2459ff79c16f5b05d53bd9ea",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:06+00:00",
 "signature": "X3ks+A3RzJcCUGb3AWCCD2QekwYeI9Pkhtzgb+0QM5QYIrsTdicvqHEsOMwkOWVzz4pNh6u4QmtSkw6UarQADg=="
}
