{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s2-979438ce-20261203T095820",
 "hash": "640a38f7287e3fef4f323ffdbf31bc857b3dbefbb626e61c23653fd1dba7b657",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:22+00:00",
 "signature": "OF8zUM/NYAwJcUC3BuvFRtFgyOETPy2kRaxPXycNXGsupEX63H+UrNqO6/9uQIC/bt/TfTzq8Y8R5hmZuzzJCg=="
}
