{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s2-51cbf98a-20261202T215153",
 "hash": "458258dbfb6a838aeda1595f82d59dd590d14968b16a7f33d55b03bdac4c86d9",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-02T21:57:21+00:00",
 "signature": "Uh3wT4X8bRnOHVpKltKCzswT4AnsyEf/9HhxOlecxRkD8ryB0DJZYqrrhz5+vOM5WLuGxnueyJpAk3G3hCKyCw=="
}
