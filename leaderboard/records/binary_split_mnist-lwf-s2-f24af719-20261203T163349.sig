{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s2-f24af719-20261203T163349",
 "hash": "1270a600505cd9b04b60a89bffbcaccbd5fc21771b9f2777ca52e1b2b7667237",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:43+00:00",
 "signature": "UDGV8wn7Ua7lQEXyqu0Q79EaS3r3sKEze5M4kMsabi2BQ1+nVd3pev2MD+HGX9NtGnO1OnxPI4MshOpDt9ibAA=="
}
