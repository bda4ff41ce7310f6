{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s2-d506c803-20261122T105115",
 "hash": "7c848087eb8cb321428f23c9f893f309e840c21ead03bd53e45272f042910e69",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Jhrdkfy82W8kRZh+u96Dy4ZtTF17yz9DsUd0qz2/c5TiRg7g1BPy2kinZjU+Tvsb2YRo7gLSMJebFMF7lTeBAA=="
}
