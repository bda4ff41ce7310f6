{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s1-c21f7c8c-20261203T162721",
 "hash": "f329009328fe00be5af82b5873167b516677ae30d8bf61bcbb7f6b846194cee2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:20+00:00",
 "signature": "muk6kLzg86TKdNVSVXj9zfVdT9IzOoq/ss6riVHlTjMZyny6ySOKm88jVWJwBHvHsT1nwAy8LS/tPO5VVydZCw=="
}
