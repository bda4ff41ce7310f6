{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s1-d7a5744c-20261203T162805",
 "hash": "6a43a5a69fe3756751aca743c124b7d2bce0d81e522fe529073d25945e3bc2d1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:11+00:00",
 "signature": "jmcjIIIQ0aSRKLPUNsxAZuE8xkj7K55WYZ2WOdFO+bosueuqJm5lVero6QPzKvnz5qQOYgl85Rh2j70EcTXlAw=="
}
