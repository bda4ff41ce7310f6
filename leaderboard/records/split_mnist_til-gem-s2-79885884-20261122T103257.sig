{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s2-79885884-20261122T103257",
 "hash": "fe25d1252b68b12ef944e58f45cf04661185a833fce5321472ae517600ba65d3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "Yyw2lntrK7rkOxMUZjX/9Hn1S4JZu9IO13tm861ObJY5Lvas1DitS4GS6CJU+rr9y1/A0r2PjRAN0S2Q4iGGCA=="
}
