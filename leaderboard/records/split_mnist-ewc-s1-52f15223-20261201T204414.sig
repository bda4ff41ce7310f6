{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-52f15223-20261201T204414",
 "hash": "e418318db482d282b51a2c4a000fbe704fd7e207e6d021b3f0ff1abe87dab1b1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "L1atCbEbxTithdnHfjdjscfqz5sEZ27mR3RxKRamO7jU8+U0i6x7YIaEJndnDzQW7II5G9D4IvTmoerq83DyAA=="
}
