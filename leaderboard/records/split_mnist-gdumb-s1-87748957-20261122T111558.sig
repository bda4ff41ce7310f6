{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s1-87748957-20261122T111558",
 "hash": "f974c357075b0eb4bb93dfea35d5b9d7bddaeb24e46da7fcbdfc2d65baf4de2a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "TCGfGG2P0iomUw6upBtf3tB4g9EtF1QfIUKvc0ku5aPiHZ+MDdn2sSy0CeTkZthr6uJMZSjmUXPv9Sg8fMA/Bg=="
}
