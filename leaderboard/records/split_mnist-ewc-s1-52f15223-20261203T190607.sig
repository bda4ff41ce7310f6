{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-52f15223-20261203T190607",
 "hash": "b8497f0a9ebe953630aba45d70ce8d0c9e21bbcd356245270243e8776fbfcb70",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:58+00:00",
 "signature": "lqZIuGKWurwx/5nuYXbhz0y9O6Rrr/EeatD4ARIO8fCnOKWC9F5bzgZC3xkle5NnSWb8/pNV+aq00XvPD9pXDw=="
}
