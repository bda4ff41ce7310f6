{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s1-12d0742c-20261122T133338",
 "hash": "af0be82fec84d6c2bbfa8133d779b9fb2a9e497e80d58580967c7d7d90f7033f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ghysHnXK+WIqgZviUa+Qpb5WhvewN26NbVzGPKlcVJHjxRDTQOzE2R6Y3mlo3EYd/XaTgwZvoESs/Od68RONCw=="
}
