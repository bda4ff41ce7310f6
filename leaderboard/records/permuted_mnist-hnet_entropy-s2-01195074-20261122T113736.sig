{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s2-01195074-20261122T113736",
 "hash": "828002a3049a54b28888c616cb3a8dbda59f9a17edaad1db98fdc8bb9159a544",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "H3Nu3P2rHrXVngtbVpXJZfpKVp8JerAANrOguKcVlaaGoPYMgtn6nH47pi5qGwdRyj//9X0EAUBpVjXEYPVzAA=="
}
