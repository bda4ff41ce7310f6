{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s0-35946a41-20261203T165205",
 "hash": "14709f75dfc77913e7dd6f7bdf21a0862e5caca7b5f63fa364cf145823c26308",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:02+00:00",
 "signature": "CaEKqmMTsRY4SZqI7xYCUd/LS3t+BoetEmDonoqzczjXpJznYp5PY+MPuniapume1xzEJUyq/TcEeBEQu/VGAA=="
}
