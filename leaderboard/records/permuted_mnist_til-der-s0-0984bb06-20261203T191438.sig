{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s0-0984bb06-20261203T191438",
 "hash": "dc2e88989adc5dd33b95c046bbe3c257a99fa79f38a0abb8af0119e39a21730a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:44+00:00",
 "signature": "oy6hYab+AQ7n6aPrTWpsms8oDYa7JyE7myQO3godiit5AkNM+w5RyE66EDh/DtcqjlKYBVail8iODGv/qNLAAw=="
}
