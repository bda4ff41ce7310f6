{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s2-9d4351eb-20261122T103331",
 "hash": "51d47bf6665e6d4fb7bfbe59b36d1a0c19f2fd7db6670c97a503679ac72f1f73",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "yg92u/tjK6ApOx0AyRLg4ujZ7NQW0jgNMVG7vHzKMcMCoKAfOvGh7N4utWJjc74E8WstWdg61fQsffyDEbW8Cg=="
}
