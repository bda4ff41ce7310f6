{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-4dc4e6cf-20261203T191111",
 "hash": "949a47390c7235f7ea6202f65989d4e706ab7750119b21e38337517573ba6110",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:58+00:00",
 "signature": "tgUQPhj7qO0fjp55eEhF043f42DZGPcgVlXP0vjSlH1vx3tuyfQFwKut8YZg1jT2k96lxvuH4IfdjctHglC0BQ=="
}
