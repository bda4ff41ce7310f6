{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s1-c239bbaf-20261122T111429",
 "hash": "02f5ec06070d02b66d75bb86e1145f6767aa1e7514e2dd8c03ece0ed164968a0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "FKfgiJxX1HZyyg3Ynl5OMbN+82NrXf+JjxzTuhWfSQkkwBx4Oe8KeV49jRkILPvZFsXUTErRGaKSgA4jmuqpAw=="
}
