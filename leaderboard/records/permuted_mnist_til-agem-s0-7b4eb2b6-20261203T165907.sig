{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s0-7b4eb2b6-20261203T165907",
 "hash": "2231ba2beb2dc8b007d01c25dfcc260253236ba32c7a2369076e1ab9a4f108ed",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:49+00:00",
 "signature": "GPw1H6YaEY4o4duGZRTKI/g8MiDJQIQct3NjyIq5s58BEWNHWPpgum0vYd1mHs3YZJzYFBolbd3x5aIyN4g2CQ=="
}
