{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s0-be6f3e76-20261122T111618",
 "hash": "b722bc266b6ae378025b4fc688186220963313c7469737d5e97d99aed980eea5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "KAUHXQ/oZaLd+aaxiCtoANeQ0LWHZvfxgQp7y5lFWusfBhfhzmwTejqv+DhXw3CTU+XZz6wIfz6NiwK2Qni9Aw=="
}
