{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s2-cb017ad2-20261122T100516",
 "hash": "d840c3a107d8d1d280825c1f7d49300d2bdd71f0af205daf61b3305f33872e88",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "5ONYDypUw7LK2cWLkHl9ugZgQOdYY3TSgZRRUGtNyJ45BRdzRT+K2Cp0vUU+CNPmyRoJjZ1o1mKNuzg9tXsNDQ=="
}
