{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s1-0962c7b4-20261202T033401",
 "hash": "59a9e43f5d03a51a1036c95f8e9a4be4f67d4fca084eb91f8bef5b7862ac3d10",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:22+00:00",
 "signature": "guo1giAojBrZaod46Xtp6RFkwN1637INRSJYgyrFe4i3ud6aYPrFGV6FO74ntZ8b7V8s1IHD/NM/bGKRZG9gCA=="
}
