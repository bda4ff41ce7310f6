{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s2-67d59e56-20261122T102103",
 "hash": "d130a9f8fe5d3630d9b2dd30b68c52b953f3e6304d569c53d78159fdfb3c9319",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "MgU4jDagsEgzjf0GpSSB9LUHSa9yCc2SWXXwRu+bzm/YI+vbh8ZED0fxYfXrfJFhX+pd+PKIPR7m4NEUglpzDw=="
}
