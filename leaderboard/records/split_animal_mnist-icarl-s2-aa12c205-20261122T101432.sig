{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s2-aa12c205-20261122T101432",
 "hash": "a113686e0390c11d40f53c73bc1e5dc8165e0fe40e5cf630196632a4c8597ff3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Oh1icsNCn2Gkg5+gLi0R8dRGNRbi9ZgWMvIjXXvTXawn/L2Ksthchrhd45eDdnNHb+9w2qgw8iMMNhhj8epBAA=="
}
