{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s0-84049396-20261203T164430",
 "hash": "8bb1459e64a400aa1b753e8b638ccdcd9b1a05ec6663016af71397698cae999b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:39+00:00",
 "signature": "bbEQu/Jkzi/0daFf/mIZaFk3dSc17WqYeDJJsAVEcftZ+o8yfC+NokReQc8AwQ6FzAsYqrcWpb3TmLB8Qv7tBA=="
}
