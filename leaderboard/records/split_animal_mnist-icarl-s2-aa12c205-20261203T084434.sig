{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s2-aa12c205-20261203T084434",
 "hash": "b73b2a1eb26154723d9e0924f33f0a14c05f562561386ec799b9c54eb0977560",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:42+00:00",
 "signature": "nI40ltjFB0/BblaU1T+/Bs6SDqHFcwPbAxee2VQxwdE+j8njy1XXKM9K04ZOsRRxqH87ig+PcK1IgEiDqXfvDg=="
}
