{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s0-6ac2cad2-20261201T200630",
 "hash": "a7e523bf63f5120906647cd649b299377a67b095d0c77f95a0465be945a8ced7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "ZvI1Xo1s2BI5Et0u1narEIggwbTNsR6pe6Y/i99KmNysJpnEwZ2f9sflZ959/XJGEcpt29QAPOVqJqXiTzOnCQ=="
}
