{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s0-b454a655-20261203T164544",
 "hash": "535c4e2a53d1f1c4a97be61141c2632aea05b3a3b3f33a5c5a98bf7975847b4e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:59+00:00",
 "signature": "ycUNrJr9i8SMl1FET8Vjdz77/YoXyTZOBA5jogax1Bzbv9uiSeCb/tdUpIg43+HkvNn5s3bT+zdoNQg7dJPcBA=="
}
