{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s2-2ff95090-20261203T163256",
 "hash": "a0a395ca922d435e84f69e4c1f9b860952b2674048e48660f149da7fb9a5f3c7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:02+00:00",
 "signature": "Mr4Yy+tnPZmz5VN8MhxiK8ZML5c3HTMcdL2tyLKN5ebsMoLg+IkhoVCo7n52MvDsE1+dUULiC2AR4xNhN0i7CQ=="
}
