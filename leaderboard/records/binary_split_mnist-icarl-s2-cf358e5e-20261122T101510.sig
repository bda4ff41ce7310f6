{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s2-cf358e5e-20261122T101510",
 "hash": "d001d0fbcd99251dab6b104cac6bac235e88cb470bf1a6a25515853626687c3f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Dgo0teAuUw6ikLyLHz1ZSxV44YtEzh+iZZNkQ9Wdo2y5LmfAl49GLZOfJkaigG2r7rRwipoJTgcNzBYCEikEBQ=="
}
