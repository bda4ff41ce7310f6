{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s1-cb13bc36-20261122T100556",
 "hash": "f1aeb10ddc11697c7fe070538628f1ad8ada0da4f6a02e6f0f73fd1a8d4eaca4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "2/rQWyrVu+BnpWv53qvDQv3YGBELMxK6esLuMDMWBggvxEA/1KxSItj7nKv1xnDdqWDCdf8+N+lRBK+ugyRyAg=="
}
