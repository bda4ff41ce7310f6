{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s2-b184e3db-20261203T084516",
 "hash": "58b3a087b714f81acf2d4ad827324bc1eb376cadbe7a122d8b4d438eea377cf0",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:21+00:00",
 "signature": "eFRLttBW4UKEAScqZv4OVn1+a/lrsSUeMzc8KEC+spNRhpJvofv2dtYNf9zQOFoHd5TYKq0w5fI1D2RinzgEBA=="
}
