{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s0-d12e4fe6-20261203T164601",
 "hash": "ac3a3ef3d6605e01e88b136690d5dc062e37da0b4ca446fca13b489a72cf7d8e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:09+00:00",
 "signature": "8WKYLMj1I7M/axr14s6r94Ehwqv3VCpSG5FQliDz5TRDHNFCaQN80p+e/2j6KO15LTrb+qpVDWZMtqhg0S4RBQ=="
}
