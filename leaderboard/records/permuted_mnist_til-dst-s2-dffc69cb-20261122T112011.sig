{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s2-dffc69cb-20261122T112011",
 "hash": "5212b9e103605efd79d2281cc2a20bd0470633b4257e0cecce263cda5442c7e9",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ThSanQJUlcQ3MKwXuwfHd1nGSF7GU6WhXIXNaemfXFU5dZ4e+lh9SysvnJZ42ASY5wv/03I2F5LiKhejFa6EDQ=="
}
