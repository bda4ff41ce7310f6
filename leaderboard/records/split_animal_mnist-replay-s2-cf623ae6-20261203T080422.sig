{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s2-cf623ae6-20261203T080422",
 "hash": "860ac9a8844b6ee41ddf6cfcc3143e5c045e189b8db2fb201d44161190ba80db",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:53+00:00",
 "signature": "tff0aPY65odx6SWk3191AtD9XoJZfx2j23XAr4N7TIrXfrqPvyGEp7XLQ6CVPqnSUTWNk9Qm6Q0mAcDiRvzfCQ=="
}
