{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s1-c0ec7756-20261122T131912",
 "hash": "4b5f4067ed9fc9a498db14d4fff2e9b7525283c21ad76e39391479e1723fb6d3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "KE0gp8K+2PG/3uznnUTM0wyOX3s+RyCGmryBbjDHdCKoEb5ti7f9Ep7OCz9oWtxMhRBP6VAOb3FJWAUqLTulAQ=="
}
