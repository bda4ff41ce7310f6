{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s0-6ae344e9-20261202T071506",
 "hash": "26d81af430153dbc0565cbb3af5e286afce68ee91da2ddaa18da652d8aab154b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:36+00:00",
 "signature": "UrHwHXEM/k7GNrmvz2+BraJJ4+mEngYd2NlY21wdwJbZQfWE8DeIBMt1AdtRQkSbckpUAxdgghSd8FcYw41tCQ=="
}
