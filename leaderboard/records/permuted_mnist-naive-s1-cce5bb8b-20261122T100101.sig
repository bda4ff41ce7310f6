{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s1-cce5bb8b-20261122T100101",
 "hash": "4de0eb81445055c662146f12f9d832719c6c67c02eec38a3c2c20418ef0c5449",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "xhG/B9EYfvhzLQ+umwMNll8FGnXUoMuKXYvlhp2Uek2KSNOASfrWxM2bG+jCL1zSp41enHgmkp0h8VKv+l1KCw=="
}
