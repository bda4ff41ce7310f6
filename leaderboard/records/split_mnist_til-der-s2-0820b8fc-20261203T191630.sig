{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s2-0820b8fc-20261203T191630",
 "hash": "8bcf6ffbbcccdd2c5a2dcbb99711c0750cb720b1ec63a7e4bdf28b35f8da1236",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:08+00:00",
 "signature": "3QoB7ci/Xs+ImtgMkMzmlNUCUFHdUvgNQnwIYVZvaV7QH4ED40fNd4ZGIdPLKjBM7AR+hggDr3awOHPZT0jCAw=="
}
