{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s1-51f6bdc7-20261201T205432",
 "hash": "7a79c49c06e5b2fec410c16b8d4cf259d56118192f9ac13261df566398381c8b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "0FmG5dbl9MlSR2X9Vy06CO9KIJAYbKIpuncpJF666Mipco8R6V3Q4lLwsckQX2RI9d8ySxQ0zlAwxnfKIPl/AQ=="
}
