{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s0-55d7417d-20261203T084323",
 "hash": "593443d458c53f1e214a6213ca362a80f40e1fec62605c7294bd41e3aa4db6c4",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:51+00:00",
 "signature": "dW98/BKGw/MplvfSNckLswo76ZKIkDNaMd7WMjv3DzJk3lt1Hj1CvtbYsmzTkrXCI8NrX0etLrOq1PvZB4SmDw=="
}
