{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s0-b454a655-20261122T103200",
 "hash": "b34e2d402fe24e4fa2251a5e4092ad6edbf68b8e889ec9d40c0b2ca0f606d59a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "VLpif3qM9XGV3kRYphaYPRV6CSSo03ZV3dREi1ukwYYEpSeW+UuLmMqU7IQhi1I1Jvc/Ff7PUxEUtJmapt/wAQ=="
}
