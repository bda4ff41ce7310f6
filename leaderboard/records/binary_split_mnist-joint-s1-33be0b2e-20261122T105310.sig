{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s1-33be0b2e-20261122T105310",
 "hash": "4e94064cb02efefe8c7170449d34c6f90094809f2c7b4a6738fcaf43fc5ce4c2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "a/IRCoapJtJLgp4EmMA0VLxpj1r520Jfct/CF0idiAk8jLsazBT18oaBzHIlVKnKuqbJu2iYFtksxjHRSxL8AQ=="
}
