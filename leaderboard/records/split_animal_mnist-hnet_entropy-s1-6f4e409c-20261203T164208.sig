{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s1-6f4e409c-20261203T164208",
 "hash": "d13da73781793d7f1b89831742e8dec17e9777051feb1867c1c1b4e92e073ca3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:57+00:00",
 "signature": "9zwM1Nk3QUbebZCC40s72i9ggXC1a5H21vN12YpvxLpB9q40gJZFCthM033Wn2Z0W2pp64gloTmKoSApXMPgBA=="
}
