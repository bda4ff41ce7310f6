{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s0-11f1205c-20261122T101721",
 "hash": "05dd8361d1a8eba3e80590323a44f0660725717c70eeeb6965955bd2c135718f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "mo5f7MaSJw80NbNCH/HEZfDPmaxG+CzoOAm19wOOVR+h+75LVXpTTkNLAKOcLv3Gg1sDq1HYx57zYlupKuoPAg=="
}
