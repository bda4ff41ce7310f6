{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s1-6aca2df5-20261122T100258",
 "hash": "9b6b9ac73b695e2f54d73902d1f8a6b6d6b9cdcf22882455f666d02f67fdbe33",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "rg8d5l6RWG+n0qd6lLXnSB3Pf01akRtjJcF+LQc11xZ7WSbJyl1eZGOdcQ5LZvs2HDDEgobTJIm+rUtaFY4vCQ=="
}
