{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s0-4ae8d9b3-20261201T201752",
 "hash": "7cf8edea6bbc86b9e2eac91be095630e7081f1a5f03abfccede113ed74e91064",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "+AW+Wc090TAOV65NbE5N4AULpERQlwGWLX/Vj5I7aMyLLOo4ybB4Es95FxxW8OCSayAHYBUdz7tF0rRkKSU9BQ=="
}
