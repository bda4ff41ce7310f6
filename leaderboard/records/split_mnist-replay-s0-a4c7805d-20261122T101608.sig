{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s0-a4c7805d-20261122T101608",
 "hash": "68f3369ffc2a1dc5bb7f230592c6dd0d01420230f10d47529da1e7e87e185685",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "B02a8WDiS8UzRVKTkb34j+KV2UE2/0SSHzIDk9lLCv9aGM3qR2ryoJ/8G6W9iyYpq9woy88a/0AhH/OpSj6eAA=="
}
