{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s2-62408372-20261122T102035",
 "hash": "cbf6adb253e68231d93e4b8fd38f3a445baecda75241b413cff15f8370a5a071",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "AO47cFVidllIGYOkZOjksC3q1VP0A+YNFCvd+q6UpK8PcctbHSevLV1EqOCQApShEKuVIjdjAHQ6RoSOi93XBw=="
}
