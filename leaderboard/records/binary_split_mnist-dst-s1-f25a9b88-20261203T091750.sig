{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s1-f25a9b88-20261203T091750",
 "hash": "a54fa3282f3b2d69373d115239c9c39c5382028d64fc7c720aa47d4aebda8b39",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:03+00:00",
 "signature": "9V7k5Q5Cmji0vHi+aQkDFr5K7SfphmEj1UqdeppXh4l70y8SK/+Mi4jNXBB2JP90yzdZHMVsXdwbiT6ZL0VOCw=="
}
