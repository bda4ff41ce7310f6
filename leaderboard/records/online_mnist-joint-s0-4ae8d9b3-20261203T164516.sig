{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s0-4ae8d9b3-20261203T164516",
 "hash": "0fa7760555f89233236681714fbb4084a24238cb5c6aca98d5e3ea3e058d7fe5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:08+00:00",
 "signature": "T0WtPphZ2lMcR0mwh1ltve79jsSJOHnv8ElAv3u9iBWee0aTmLEK/TSSBYnnGzMjMio3JqcXzfP8z1FIAoARAw=="
}
