{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s2-8668e813-20261122T114411",
 "hash": "6f6b6f92ee309bef81feb0d4afd3bee29191eadb5af77ec8f4889fa17f3f568e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "v0SiiTOG22xufDiFfe4RVJD1lKRd1nlyQjTtsGhoVNmMUQP+fhO370BvvZvdNhY/d1aYbP2RLlfHIaRJN4IlCw=="
}
