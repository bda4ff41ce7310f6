{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s1-a1192900-20261203T193712",
 "hash": "4ad099d11c0294597bb79f4546b6808dd1339a740513764e5ce26eff5b231c63",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:37+00:00",
 "signature": "xDCOrhtl6oMRGtEwdFT3QtAOnmT2nsakdHqKkIH+VEFuvi7ubV0GKQNL74yleGSRwvBiH/etdOjkhSwoTdpnCw=="
}
