{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-c0ca4fd0-20261203T190356",
 "hash": "381ba4c9d36f2ed9e77d604349c90691700c1ae32892cba33ed0321ed4f0f3b1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:02+00:00",
 "signature": "HMKaIEnq9GpHcVdb2U89E+/BFinafTsuiLbtCIQIWzsdWBsAyTCJzNJKFj7H0N0P0qXFvDkVbUUDSmdCW29ECg=="
}
