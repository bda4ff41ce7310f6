{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s1-0f75120e-20261203T162926",
 "hash": "9f2e3a1381737b4b6fce22a7bb2c110e171b4456439b99b9c0da569c1ecfcec9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:03+00:00",
 "signature": "Q+uEaHbe0mm6AXk07kQqGHSeH/zde0q5m3xOeyHJFt1mXKhKG9ioJfy/mTcdvDzj3adTzdovNIAfRtSCZBjWBg=="
}
