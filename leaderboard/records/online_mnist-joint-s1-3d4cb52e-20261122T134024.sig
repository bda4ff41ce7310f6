{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s1-3d4cb52e-20261122T134024",
 "hash": "fdb10a022fa54596d945ead6180234d49a08e2c80c3111dad820b348d990a3c5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "iQKRAjoMX8fU0yKn8yODtX7bkBY85THGtq4C8fcpLeLCu9k3Rvb+lZS9CKZkonSwKhOLRY2Pbeb1RE3y3qowCA=="
}
