{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-2ce1c1a4-20261201T201453",
 "hash": "0f4c30f6c493c3d11b9111134d3bdb8289577a932bf76d847276653fb55dd642",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "ZoLCYP5Jf950Yy4RPuM0KScMSY6p+JK9iF0U2BONAU9IC5FBuZHDavmwba6zLXPSBbtUPzJCS88uTR10Zh2cAA=="
}
