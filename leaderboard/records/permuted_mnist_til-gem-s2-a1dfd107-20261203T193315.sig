{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s2-a1dfd107-20261203T193315",
 "hash": "7677d302c568723fa2366b656153668a0b1cf59cd198c819e93e9f39b26f9f6b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:46+00:00",
 "signature": "O+K0RaaeItofaKueVGu4ZojxyXf7ziZFdD1YrnIzoGeVW5vSTp4RQnmFfCPKKLfkCyD672yUtfVLA2wXEQPnCw=="
}
