{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s1-ccd864be-20261122T114054",
 "hash": "24d6c7537dc24618440e9c77cad0b468b1f0867e91404be39976450bde95dfbd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "k/YTgvi5xuVv86ZC51M+/IwCjBpmVGGzTn26faZynalyGBX+yfX+eC4T05i1yFDP9Mog5kipoqnUn3MeJ7geBg=="
}
