{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s1-c239bbaf-20261203T084541",
 "hash": "68cb3e4c12adc6fa36b54e5bbb35e8e896340c1a9f304a5488f87b3c5ca4824b",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:31+00:00",
 "signature": "VZdoBrBCKDMqDl1vwMToPMdGsslJcdbRLI4VJybz4SVx1PlY1mqm7aqThhalxMDE+hyAcojiRSF3w/Hv1K/PDA=="
}
