{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s1-ce21e14a-20261203T090015",
 "hash": "0599e4b600a900e5b1d03dfcc5e9a9c68b5dd92bfd3b5031ed183e88eec5a18c",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:28+00:00",
 "signature": "kFyRlOp7Tz1EDWLBxYTOA6UQhRi/kHWOmWhwXUy7w5bw2WkbnXm9Uuvi0XhDmaDPv+lAucTF/pAkQZVLa7bvDA=="
}
