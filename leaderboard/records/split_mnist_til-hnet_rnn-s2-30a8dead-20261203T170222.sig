{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s2-30a8dead-20261203T170222",
 "hash": "57a6288ecca07089535020029a31fb6ed1db246489f0e14f39d0b3c6fe5f069b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:09+00:00",
 "signature": "Q+F7wyp4mb4tIMtf94pAhj5T04IGIcQFh0Q/IrAqcPEaNY6h+rjeoy37z1Xn8zGzw9Uj4PYkqedcVCszSFVtAA=="
}
