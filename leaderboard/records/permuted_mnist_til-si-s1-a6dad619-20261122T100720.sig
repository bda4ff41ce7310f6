{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s1-a6dad619-20261122T100720",
 "hash": "aba669b79b57a3271c37f96ef1e3b0f010ac0b718f995fd9a4d02a5c9b76d045",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "sJEUl0NBzeMqOfbadfXftXaKoZA9u5+kb4L1HNKf0jIAaGniTZV/SwiKj2XaEjBEIM3tKon9SXwxcBEfH9P7DQ=="
}
