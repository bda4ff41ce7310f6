{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s1-ce21e14a-20261122T101705",
 "hash": "be4bfbdd220944001636424dcb5a25cb889c3cbc975ccea2a09a487c4fa93f81",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "5JlvveRxYYYO5MpgXN5jDMx7x/JJIDwU5j+PXgR6Yb5+ruZwz3xFasTQ1YvguHq0I2Ef49ePMId27i8Fn9j0Dw=="
}
