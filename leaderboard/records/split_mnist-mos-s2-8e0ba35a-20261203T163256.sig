{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s2-8e0ba35a-20261203T163256",
 "hash": "240a41675513d3811cb56810f2dba62a487ce9bf5cf88b234677d8bc77e06ccb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:19+00:00",
 "signature": "FHBxLQJy6ATic4dP572jduPSI3xu/40fFlllPFHi41Ex/y20q8BReUTfi/7LAELwYc1Q7RzdBObXvkN8VGwWBQ=="
}
