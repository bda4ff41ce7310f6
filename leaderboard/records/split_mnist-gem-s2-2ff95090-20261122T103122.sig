{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s2-2ff95090-20261122T103122",
 "hash": "b5ccd221346c874d95b24d069b420e38caca0b18f5eb35549a215681c38adf99",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "/CMp+bWdm6QN+nhqSWxy1OXD6yN1IqFCn9SUmqrV++19YPiYmF8koqb6QmNraQ5CERsXeQcJXQrNIky8e7jSBw=="
}
