{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s2-979438ce-20261122T101409",
 "hash": "ad2864756026a988cb3f24ed73596c3536c317f453ea859f69cb0f3cc12b2cdc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "cLTXs/TtXZ4g+QtrCJBunjjNk2XohwZp8QXP6yNJWSbKxT8Rc/rKZYHsM6oo6DH0aKa4AhXHsYYdI8AO0O9HBA=="
}
