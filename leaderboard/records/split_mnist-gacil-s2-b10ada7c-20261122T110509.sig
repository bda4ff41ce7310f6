{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s2-b10ada7c-20261122T110509",
 "hash": "6eddc9671c6b67d3b10dee2f6f4025ee262a5368726057e6f017e4e7fec4004a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "w69LWfvWRC96C0Xxelw4R9FXFlm4IzGglpm/6g28j/1hCWGyeeBABHT3idBoJwvRAw+uckVANm4ZlnQVC+rUCA=="
}
