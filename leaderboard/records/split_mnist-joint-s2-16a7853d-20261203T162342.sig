{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s2-16a7853d-20261203T162342",
 "hash": "b3c9880df42cae04fc041cc30c3d1728645ce9913e972e57fd7843a4e944eb60",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:04+00:00",
 "signature": "8iVs+wDgWzH1B1sHk01X76mKO4iVdAL0QGnFmZ57YPnCpUWSDyV+fVNHUUvS++7uP1r/5ZRzdc8/ET0ynVJcDw=="
}
