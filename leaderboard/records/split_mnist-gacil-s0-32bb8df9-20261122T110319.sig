{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s0-32bb8df9-20261122T110319",
 "hash": "b439270dd8ac6c2a47734d213b8576d8970004eae7b37f7035b7d7e9626bbdb2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "TcTMxxEJhmUYQ7KmNrhhPmSVLCXfivZSNU65YoPcQE4cocj2ldxJRrdrcC4DSbfTqT82maYnUjFlWbCp87nIAw=="
}
