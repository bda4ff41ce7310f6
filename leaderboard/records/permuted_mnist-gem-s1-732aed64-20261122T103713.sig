{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s1-732aed64-20261122T103713",
 "hash": "3dbb84d24b1afa9cb71dce7f8a2563518713f6b7bc4b548d2114d5c0ab6622a4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "3hB+m2DfkAjdEN3b2/Z5djA4RbFF5Md5vX4VaG6vj0bq4LlBDC9SnTrrX3YNynf+pWsRfCUJJu6QLlEhm9v2BA=="
}
