{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s1-f9821d5a-20261203T162522",
 "hash": "60697c896faf11a94786fe7d2df0e321729c6d6c76822b32baa800691507688d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "9luIORHZc18VdoaA+6qLzFQDuyHKFltBSBrIbAQsjjlf5A5eMXAn+MTqYvIsB5BzlH1pIyRStVy3pmOQkxMeBA=="
}
