{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s0-5ae71a82-20261122T114943",
 "hash": "929d684b971787bc511a95a03e26503d1ad78597d1bfa7873460e82cd116c542",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "1sFQ511cpNz7VuZXpXxZI3XEbVu493uk6zDgulfMP/r8JoAoQt4QZYZvKzrBU5Zn1iy1xzaocqCoU+85ouIQCw=="
}
