{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s0-0f6bc0b0-20261203T164127",
 "hash": "3a36c4cb86b10b3a18ccddc86ca94bb73ad83fcdcd502a3f7e3931d15140afc9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:09+00:00",
 "signature": "2NjOEnV+gK6UQkQiuMvH3Bmu6pigev6ktd9d/MQLLRQ8OaPTKXUtxsc4T4Q0CguM9iF6L74v0EZYT1ZXof53Aw=="
}
