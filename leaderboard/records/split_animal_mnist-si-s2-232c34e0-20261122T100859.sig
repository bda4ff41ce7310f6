{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s2-232c34e0-20261122T100859",
 "hash": "3d5349f8325c4d9971c7d46abee7b63d0c04091e43adc5fd40be96ee4fd4b834",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "myKRtVUUH/8Yu9UDZogMxr9T1qGV04SjNDPY/T3zmpvNR5GkX68Q5rrE2GGnL5ocWsB4f8vAuFivDHsG9h2tDw=="
}
