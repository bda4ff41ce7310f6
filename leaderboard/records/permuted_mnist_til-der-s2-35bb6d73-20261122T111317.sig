{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s2-35bb6d73-20261122T111317",
 "hash": "e401732bca931e2a2e51c248108d5eadc113482490b777824bd65ffd1e27ca59",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Fu+6XfobpFVvjIjkzeYpuCCW48UFGzTb2s/GyYOPGArdixNCf8e0pZYWJ0xAqE6Jk6RQ+JFOTrTJ12rxRUxjDw=="
}
