{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s1-9b94add0-20261203T165810",
 "hash": "591ea65d7d7086a2c0b15efc8a209b4770c5c68c4950d2d45fc8773ef97bc9fa",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:00+00:00",
 "signature": "zrTlBFMc4FpU3fwV9aArru/kzJu7TonZe1Tw+LBEc/96okF3tMctMwajgqehE3JIPnrfKrV1tO+dJfviiSzdDw=="
}
