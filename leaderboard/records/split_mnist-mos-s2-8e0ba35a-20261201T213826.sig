{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s2-8e0ba35a-20261201T213826",
 "hash": "5a10605af14e2e44e4239b9059212e3beaef0fda8aefab5a1640a53e755c5d1f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "zwVme2gyenK7DTF5e24fkBc1Hjo3HSnrxsqYKgWcnYpxo09vAc2wJ/Fzd8tEq+KjFjQjJRUsYP+nZKVT1UMdDw=="
}
