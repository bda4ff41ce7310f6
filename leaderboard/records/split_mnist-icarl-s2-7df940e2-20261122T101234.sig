{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s2-7df940e2-20261122T101234",
 "hash": "e487971e687b9efc8582e138e30d17689f3725bf85b25b13699f7d68627bc3c3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "iyptW9GOOY2EL+bWW0D2f11wbwfxaCuAfXH6Eymeadd0ZGVQws5cNxP7Xo9y4xfpic2RByqySGP2f0YI55EGAg=="
}
