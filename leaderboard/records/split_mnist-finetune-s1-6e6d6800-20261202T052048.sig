{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s1-6e6d6800-20261202T052048",
 "hash": "df718a86da39557be7d0fd66b44ba7726572f64600269b4755d1c0654bb7f1e4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:21:47+00:00",
 "signature": "A3qL9qcNPBrhycSUs402uAmS6e1JifgFknvUZwZ5zD7OgkHwuSq1FmUyz6r7ZLnUTMGJrXiB3pYYf5BahRpHBw=="
}
