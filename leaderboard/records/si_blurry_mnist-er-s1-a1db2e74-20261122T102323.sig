{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s1-a1db2e74-20261122T102323",
 "hash": "6a89e8bd89926cac6774b246f4d0d898e593cc73ffd3b94b9343ff39041b8814",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "aZYKWBdRbWO1uzl445HWcbQVjZeFGibDvdDKP2mJiwf8q9AyOBVd40/4PBx7sh/I6T4GZpU/ZZUaXaKos2TSCg=="
}
