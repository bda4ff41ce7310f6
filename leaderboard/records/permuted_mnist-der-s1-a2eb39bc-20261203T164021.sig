{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s1-a2eb39bc-20261203T164021",
 "hash": "ab68693498199dc982a6282ba6d33edb1bbaf9ee3f92a47825d76ca163d68561",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:44+00:00",
 "signature": "a2cE2RWYNEpQ8Y8d4VoS9qQxRDvGj/u96sYxCsn4aMFzfcNK55caDxNhzWQh5ZjiWQUDSRa86gTErXQo+MATBA=="
}
