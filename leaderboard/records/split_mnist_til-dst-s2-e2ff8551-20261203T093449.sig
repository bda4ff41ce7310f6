{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s2-e2ff8551-20261203T093449",
 "hash": "a959b23e59681576097b5eb1135c62e501478e1c8c8691f0adcc123c8488f4b1",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:12+00:00",
 "signature": "gcmA+O5b4yQGt3QAFk9fJbrCxdHL0BqEB21OdUQpa4oavgsxDJds/5mDGvq3T+WxTylFCSw8CAJVN0aDDvKBDQ=="
}
