{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-fb4b2ba7-20261203T190142",
 "hash": "f3ca14ae14b6421ee0d402f324971c7ab726d5ef2bed6d2fb3da7b9c99ddff7e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:06+00:00",
 "signature": "RAsdu1nvcQGKIl481eN4CA+DnxjTD3QL5nBBGqW40VWHa+RH0gVgdGp5ZPLsbl/gzKimJsW+lnPiT2fOrzFBAQ=="
}
