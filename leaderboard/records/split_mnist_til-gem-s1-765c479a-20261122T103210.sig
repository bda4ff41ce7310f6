{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s1-765c479a-20261122T103210",
 "hash": "c59d5659f766ec1e68a56b585e90dbaced67033dd09780e0ac8538ffc70b7eee",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "V4PXhqvhb0kC5jzEVVJyaIn+Bs6PvBgrsYc6mk8KN9ZSiRZvfPPh6EAbuyPbscepsYACLRHrLZoUaT4yTRsRBQ=="
}
