{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s2-2593350d-20261122T120625",
 "hash": "7c2e60f93caef9c01450705465bcd9eb30086e3ec107f7687d2b0bf737f055f2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "jJpDh6j/DfN8tvui7jezA/Kw5DCxfREAGocjKcEgT3tKbYcAQzQGYfmkL2HLDlg9YUkLVjV2iz4zZIvgZ//NDQ=="
}
