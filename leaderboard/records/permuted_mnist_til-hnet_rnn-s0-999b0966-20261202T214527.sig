{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s0-999b0966-20261202T214527",
 "hash": "390ae15292041560786c0388679a3a0db000ea91c3c48986fd5ff7ab5933bb20",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-02T21:57:20+00:00",
 "signature": "Hu93PijAmUWkfPm/W89KXgi5wP8b6RDrsG9ED6GGW9b8CekQgXIUCmJwhz1NQGDCDJL5FchYkx1MNh2Zebk8BQ=="
}
