{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s1-d492ae76-20261122T101344",
 "hash": "ed93add8ae4134b3781875126843c198c2444e71c6c8e09df71629cf70fc9b4d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "PT+R1Wje9+xUZaNnj5BM/CJ8gS4JwpAlJ/XzzZna6reqV9Whm+eM7wdzcqCEdFWZr6L10TgyB6V+USFwvPsYAw=="
}
