{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s2-9fd7cc46-20261122T104615",
 "hash": "bf97eb75506c14932312188540fbb0026fa0d9edc34b7588d1af9b93ca2474a5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "+JwA4z5VO0nBgsMop5gQ9fQx0e6IgTr+ULStA7agUeJ30UqDrqfzdaHBCNh1m7qWcMkLwk/Z9HYGuG6jBB/GAQ=="
}
