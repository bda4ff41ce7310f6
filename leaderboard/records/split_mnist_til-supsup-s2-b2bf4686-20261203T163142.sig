{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s2-b2bf4686-20261203T163142",
 "hash": "58991a0ca5f73eee18796bffa0171e72c3148912fed43e1d5729101c6b31a65a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:24+00:00",
 "signature": "ElabPkCrl1kFK86IpIsKwAyULMasvIXdZBqkDdnQPLCXNLNq0wyB/wP8gTMVTFx48jgmxSzSD/2LtmzBzMo9Bg=="
}
