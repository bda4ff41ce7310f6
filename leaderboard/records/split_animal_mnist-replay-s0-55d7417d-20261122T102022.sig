{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s0-55d7417d-20261122T102022",
 "hash": "61317238940260f0d8c905bd1da7686a7d167955e007bb083f7f30a1d312ada7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Z2FoifNo1Dzgd2Kveg3v7z4EsD0Sy+vYREpU5P21B0byMnPxdY8d9hnvCDcSibYuwc8A75FXfOu8RwSooQ9ODg=="
}
