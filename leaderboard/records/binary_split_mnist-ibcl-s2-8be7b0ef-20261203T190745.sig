{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-8be7b0ef-20261203T190745",
 "hash": "5de8787f0f0ea16c461e811e7e49a599bf83c9263c3a3f916ce43fceddbb8b12",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:33+00:00",
 "signature": "XuTVPqID/eNPVjwPBIVg+q/rRQpAclxy5N67MXhm+ygXkJPyBw1c8Wjisdl2FJtkpm4hp2445Oh014M20emkAQ=="
}
