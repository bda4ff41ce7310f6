{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-4b032f4e-20261122T134534",
 "hash": "3d31c3acc7734159f5ccb55db1f638bb937160d990b058c69f41ab7d8712b60e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "Pd7qOFN+KdBS55VqA67nTjTyKIE/gKln4dLS27mStTd3bNQTbvZ/Fnbk9dhqwal7rV//aVf1B5FpKyMVvLszBw=="
}
