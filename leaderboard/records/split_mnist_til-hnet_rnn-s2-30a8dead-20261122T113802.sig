{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s2-30a8dead-20261122T113802",
 "hash": "b120f80d7d3fe589abc715d80eb4d467b498c370137750982cc0b1821815a65a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "oWzfiN2CvW3Rq/XGFbnZJ3TPR58GE1i5ryzAvfakphDQBbQDFUOOU46kW8xZbigPZmZZTzh5G8J7d3zRqk9yBQ=="
}
