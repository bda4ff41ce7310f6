{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-03871498-20261203T163345",
 "hash": "b157dfd839c9619035dd337aa5310f9da5c94159a1e3d0b3f0ff7238e2fea062",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:22+00:00",
 "signature": "EegOLc5aWLscEG2V3fdZDk87gTszXcL7ZMziopKJOiFlyGt/j6XqZReaSEwZLvZSUB3qdmonuMwY1NCOBaaKDQ=="
}
