{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s2-a761d22d-20261203T164153",
 "hash": "6dd49713f3a66fed18a16460d2cd734192b2921cd6e9b4b51d928d6b449dd904",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:40+00:00",
 "signature": "mbZHAmFmF2El50CkPOUOL9T6RN/0BODl6f1Hs5K0THUGOw2InWdtS3W/IwdMC1eDgqAfyrq2nzVHdHkrdeIlDA=="
}
