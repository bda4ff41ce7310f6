{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s2-d506c803-20261203T163230",
 "hash": "3ddcb2f34f7d3dcc922ead82781d4558f8feac41a05410888ee0440000d3befd",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:46+00:00",
 "signature": "cHgbTduwk8hSRz0Cz+UL1uQnBu4GXCTxhTwbkomKvuk5TAc7iQquM/0cBp3En0XxyO8YU7Pj5/y+HLq/7r17Cw=="
}
