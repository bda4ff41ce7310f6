{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s2-852a19dd-20261122T133031",
 "hash": "3baee6482d7e47e3612412c6ac2fb65a959a99c3a62c7bd63c89bf3b0f393a59",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "uYiXJJYrTxgAxv8GzhqgL7roAjBsW+9PzlaPrjrZEAr9mP1hxhvHpBw8XIkaGX+f02UhRz0K5tYzP0gQI6GQDg=="
}
