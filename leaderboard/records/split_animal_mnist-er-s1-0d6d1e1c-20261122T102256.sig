{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s1-0d6d1e1c-20261122T102256",
 "hash": "73bd967f21a49d5c022570971c207b0fafe514090d01022ef51153bf130e6430",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "jFEsGMpbuYPE5HugzfUqHaqWAy11fRJCg0YXOflD0XmyXUZWhhn9eJgCE5yxNBUUfNrKSq0rddj1zFArKB22BQ=="
}
