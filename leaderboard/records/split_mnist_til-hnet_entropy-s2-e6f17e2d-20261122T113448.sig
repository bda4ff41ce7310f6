{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s2-e6f17e2d-20261122T113448",
 "hash": "e2d12ba7c85f1f68448aedc1ae2c1bc2c908f606595c1ec031e895676f39e090",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "jICDdQvrCrzR3sEmOx1tGrnKm0kr6HuOF1eXkPjixQpX5TqbKS6b1BFQ5grZ7nA0YRExnvO/RQpwq/4zSEzpAQ=="
}
