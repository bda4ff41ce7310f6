{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s1-574c598b-20261203T162353",
 "hash": "b5cacdc33e96298b9f1cae85a5e43f6853649b891f6554b3535318e51214ea6c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:10+00:00",
 "signature": "jYMRD+XI06j/JpuTWNIkONFkxoLosbX80+uDc0MUGkDs4ZyNQngR+Y9gMUdbVQrykLOneW6xrGiYwHG00zeiDQ=="
}
