{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s1-0e5d1216-20261203T171015",
 "hash": "ee2e67fcd51927acdcd1715602f9490a94b812592e992aa61c42854cbc88490e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:58+00:00",
 "signature": "zBsre3H0H6HjCdE7o3ySkcf3ONVEK9JIAt5g68DiNizuaM6X6TcE9DcRRtFz3iutKja8AQEPV1hPNctzyga7DA=="
}
