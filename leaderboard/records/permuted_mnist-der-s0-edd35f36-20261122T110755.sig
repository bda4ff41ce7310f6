{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s0-edd35f36-20261122T110755",
 "hash": "cb8b1b2d34436154ea3b421a44c784b6d919f65e1c185adae9bcb2c731275bb8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Vo8MLL4OybqCgBEkIQ4JJzD5aQNl0HjqVu7WfIrM1COkq9HjjPfMbHWmLvU5m0ztaERBxSMDtK2opDtgofunAQ=="
}
