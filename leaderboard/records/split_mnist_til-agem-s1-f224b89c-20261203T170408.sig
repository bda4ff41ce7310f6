{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s1-f224b89c-20261203T170408",
 "hash": "a847b2c8b6284b896520a6a64d22f5bc3022f3ee436b441a5d79bb544f76d2d0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "NEKBlGnFaV6lxkM4/tKHyUk56BGw9ok1CDrNf+iaBF8VZoC5/Gn0ZpwvVTJvhw2INYbkJe8JaoRfsMvyqAuWBA=="
}
