{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s0-70093fc6-20261122T113858",
 "hash": "195f5f64beb46de7181909c9c81253c7f813bb98873f4a6331bd2ebffb3933c9",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "4ZY0KLkTtvrCY0pTzTx5YKWx9J5UlE6+0iBCPslFJN8ogoFToFhcw+cGAb+nxbTQEiEsLu9lPjmUVXBI7vXhBg=="
}
