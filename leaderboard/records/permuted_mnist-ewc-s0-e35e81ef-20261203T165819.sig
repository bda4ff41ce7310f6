{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s0-e35e81ef-20261203T165819",
 "hash": "b37a75befa3143ad840971167d128adb2e5e0eaf2b78e054856327c7752f6c0a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:11:33+00:00",
 "signature": "yzqwv2xJsk4AzGC64KxkLKa3jJWCsMxA7nViYAvkxU7R2KZT8AcUaRS0Alr+MjXlkO8wzfWJhngSs/gPbywvCg=="
}
