{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s2-dc1538ca-20261122T104441",
 "hash": "79e6bdf7b009c56b7f54beb1ea6d7fd5a283e18f16b51b1e46fa8f6551b0bffd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "BexAaMNU9Q85n05DrqaTWdls4Zbb772w7afSdCxyNAIZCcyk+nz2Fy3UPyhgd2BxaEFLGF+itsPWS4E0bsGuCw=="
}
