{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s1-7e90548a-20261203T190133",
 "hash": "c93900b30717e019e5d13aa4b79877f3fb8f69b670bac60d3deddc3745021ae7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "yER0oQ85TYwtI9an9jAtdxKgWL2sTb4UtiYRbZBuo2ibVBxw6eu0REabI4ee5gZBhz+2dep8wQX/a6kZ+oKOBg=="
}
