{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s2-5db1467c-20261122T114444",
 "hash": "22329cf471726e70d566b1d9d1cb7bb52f6c18f2b19b0bdc5c579760fba8740b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "56JumFqKuo0ndDwRv5lACVP+yE+kAUr+ZBND5E9z3ViM2Dg5bGaKLQohHFl0P+v6F1NiDKYXV78xmRwBiMpUAA=="
}
