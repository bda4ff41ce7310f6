{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s0-38ef1a81-20261203T163024",
 "hash": "3a5689bbbcfcc136c15554876282ece467c1905d49f5eb8d3c830a8a0a579184",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:45+00:00",
 "signature": "Adn5LgcaxiZupQR94J2LjrCc7dVlhoI5vW7sQPqlnG1Gu3wSksKIeJBo7t0TBn2WqfID4IZvolzIhi0QdF3nBA=="
}
