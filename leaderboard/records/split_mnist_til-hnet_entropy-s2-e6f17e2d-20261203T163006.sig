{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s2-e6f17e2d-20261203T163006",
 "hash": "045ce889868077a6594ede22a24ec58c362058909863e1641a45ff193fcafd20",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:08+00:00",
 "signature": "pARdQ1p1y4tquyNjaPSRROuPVDL0bT2f5cBKCYg1lvB2i4ym8dLen2K+Ezw2GTgbpm2n/ZJDBi8hcJ3AmeAXCw=="
}
