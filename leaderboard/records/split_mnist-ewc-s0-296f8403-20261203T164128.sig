{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-296f8403-20261203T164128",
 "hash": "95c4e2bd534406e4d5b31de5662da3e1788cc24329ee7deb6ed69fc34b04d167",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:01+00:00",
 "signature": "pDmGrVqGN8+73N0hfPUk8eDOCuXkq0c4iFCO7/8uQrdZg5V2j8NElWXUyZezIbYJp13HbUude4w0YftRAtmCCQ=="
}
