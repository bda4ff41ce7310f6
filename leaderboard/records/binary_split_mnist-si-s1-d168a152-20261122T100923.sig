{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s1-d168a152-20261122T100923",
 "hash": "b0e6e1dc27b3da34e8ab803e25af35f57285cb3e604bdb746aa6edb0b37e9fad",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "RBY5fN7xGkeUcA/rGpF21tmONJ9E8Yo4Tu4U9kBL79fQFjFNF0fvyPuBoA3oVTdPwOeCRfOHcuVgbpvHkbu5Cw=="
}
