{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s2-74c076bd-20261202T215113",
 "hash": "348cf7794750e2803389c2a9274f1a552eb19aaff53baa657fdd2bb07f317e3e",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-02T21:57:42+00:00",
 "signature": "i+Gpec7dBONrSDW6MfWjHndws4QMivv7CV0eA0cl83GZw2CQN8y59MX+bnu+MbhY9YQ2jTOeo7Kot+MlRrvhDg=="
}
