{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s2-affe7c17-20261122T095107",
 "hash": "2bb58e8584a99e6116365d070b7a0c9db5b12a7cdd748100e942937ae3cd7deb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "hV/Mx+xhtgFmh/6CrAC0SWKUt8qFwu5v6OpXWM9XRxUp+rqCUtyaRjjT7y/tunHz+aNyuyF3eesrinV5gymiDQ=="
}
