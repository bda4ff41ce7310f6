{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s2-1421734a-20261202T080428",
 "hash": "eee01bb50e885dacb26123a21b0202ba0d4299737278e66bf2e5bdc9c3f8d205",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:33+00:00",
 "signature": "RYkFiAkuZHVBlDdmWAFYapFuy7Q4MoemURIQZisRNCicUyVlqguHZp0Gh0yvMtJ7NBQ7kFhyLsZPyX+DKOywCw=="
}
