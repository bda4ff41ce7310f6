{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s2-ba71d34b-20261203T163158",
 "hash": "8019e1f9b5c0852d6ecd7eca97f18ea952a72ec3bc83f0c18ac964a2ea1d2b1e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:38+00:00",
 "signature": "5Sv9cT0r1Z5wsOtOmrkEsfQQUW++5LMqHkCYVe6vAn+iCX0PwhtNLeyKTvTRDcEEasDJxCXezWapFoeb7FlFBQ=="
}
