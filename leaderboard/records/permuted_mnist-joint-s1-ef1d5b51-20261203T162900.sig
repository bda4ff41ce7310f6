{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s1-ef1d5b51-20261203T162900",
 "hash": "16290b2c9d2e3bcb9d47323f56dcc581ad5e52a3d1954a1787e8b342aa132fd3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:46+00:00",
 "signature": "PFQ9z5UgQMKhxgncLT38wy11gxExXY0fMZi0i6yWTaW6UxTuyGi59Oz4vz3RADnMQp0GSd7V/spR2IAFHL3QAQ=="
}
