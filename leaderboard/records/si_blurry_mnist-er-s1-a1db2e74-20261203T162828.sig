{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s1-a1db2e74-20261203T162828",
 "hash": "5b95e1f004d2dcfd661e5efe42e0905126b5c79992afcc9c5725abd7bc824913",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:13+00:00",
 "signature": "bf3tbm1fJpHkHh0/r5DgIPBYq+Qna4k5q1LoCc82uLicYmM49o+DWH/nq0YdF+QRc/x9ac9mK+OSRckxc/90Ag=="
}
