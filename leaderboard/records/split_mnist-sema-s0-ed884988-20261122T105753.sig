{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s0-ed884988-20261122T105753",
 "hash": "dfeb71c2e6e41346b19ae3fd501d6a108671ffcd35e29bba59f74e1f1b018fd5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "srd4harwWLsYTnzOliwRgpoCMpKJewpQlnoS2XzzuRsWwBc6ZtO+CLY7LEpGEuK7unotKrfldC/FwSEVOtF1CQ=="
}
