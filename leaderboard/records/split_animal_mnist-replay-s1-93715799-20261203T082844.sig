{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s1-93715799-20261203T082844",
 "hash": "4ea87bf5c2ad8e36583d8437565ea84b4ae1bde611346655ffe8e93e6b8b6c5b",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:52+00:00",
 "signature": "VLljwYLaFlcVf/ZGxrZqKI3RfHnm+/z482ncPl/XTakUYxqsKnATQ2UpxpanIBDquqJtx/cUS1wlhBd5M0ZeAA=="
}
