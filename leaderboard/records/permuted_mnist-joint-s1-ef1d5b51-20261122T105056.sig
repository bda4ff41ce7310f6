{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s1-ef1d5b51-20261122T105056",
 "hash": "82f5e49a33ddfb83d0716abf5ea85ff43266ea0ba700fc6833167116ccf89440",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "4qrVxhulVdnSJiuMD1Y9tNxI+2sxhh0bIlRiVCBRb/AdVE6WtHLhcAhUuqzZ7SqQdJ7pV0/M/v681Uv7t+jRDQ=="
}
