{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s1-dbd824ce-20261203T164356",
 "hash": "ba0472de73a2933a9b95d8c2d1d8e0d7b2ab3826ad371edb6528edf4dbadefa9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:14+00:00",
 "signature": "i7tOrQ/rUk2UxahBmWllYDy6SuQf6hqnrK1okjRNcoZPGAcZ4V87QSlolLIvhr5LBlRTfmdbPdiG50h9xL+kAQ=="
}
