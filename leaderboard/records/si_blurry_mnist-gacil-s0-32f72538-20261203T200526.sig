{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s0-32f72538-20261203T200526",
 "hash": "9a1575f9132378518d92bbfb1fb1000e341b8993c54f528748ee3502a874a429",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:57+00:00",
 "signature": "NT+VPMQYjnG4zad6qUMIQFKaaSGvRS63ExWR6cJo2i12RaxXz+hCf5rqmwkD388WLgjNhLCzGsBOgw5dPYu9Dg=="
}
