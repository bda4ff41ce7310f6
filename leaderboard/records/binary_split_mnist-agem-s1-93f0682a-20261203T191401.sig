{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s1-93f0682a-20261203T191401",
 "hash": "6885b755a5b17646b2f5ba352af6c3f375cadf5b3ffbdea6a96c9609348f0ef5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:29+00:00",
 "signature": "sH8Qhi4FpX2ebUEV+i5cOWBQw/yILE7imDV6ZCo8L2XVAHR4CmvRXkxW58TdafAsPCvJH2ZBDw2956St306lCg=="
}
