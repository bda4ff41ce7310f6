{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s0-c51c6407-20261203T162702",
 "hash": "b751a13b4a13bb24dd87d77fde5bf1020d2a37eb83fa9138d60e38ded84277e2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:37+00:00",
 "signature": "i9wp6MQHWngugAk4hclJhOvuOGlkmRrwiihx5AfXnpgHNPgTk7Io3xtJSJCBYe+l1e7VB1RxDHhbQgrcWrK/DA=="
}
