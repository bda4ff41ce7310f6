{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s1-49dbb253-20261122T101854",
 "hash": "404877bf1ab4ec5899d5982578758b6d81307f9cce63bd65d1dfafcbbba35fc2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "4ylpIFrE9mj/w+YoLI7fsI4esrHWd9G1GquoSyRIiFiytmMEYq8hQHDA7YxSmxEAh7R7jUFhbLvxmgS5Hn1mAw=="
}
