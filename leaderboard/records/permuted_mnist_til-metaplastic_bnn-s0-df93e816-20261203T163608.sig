{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s0-df93e816-20261203T163608",
 "hash": "801d44461cc5e0d06ae7984e069d27bcc25e72f1647ff558a08a15941bde89a1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:10+00:00",
 "signature": "eAUz43XT03Xx06AWjAHxEjuB/whj1XjGvyRCQ+HqR8rZcPN5yEDN8VJHLPeHXolHDbLda4jv3iqUmaOGzgyeDA=="
}
