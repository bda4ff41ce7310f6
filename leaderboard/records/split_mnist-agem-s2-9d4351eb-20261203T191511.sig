{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s2-9d4351eb-20261203T191511",
 "hash": "cfc42b48768d82b0c7439386a056159a9f0bcab5f36eed21d0366e30c44e6d9e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:57+00:00",
 "signature": "hBFsSr44QUqH+btpdmVId0+fLL5zSRwi++Zu6hnOM0uweoS3FFpRMgYlvwS2soNUBHzBFodw/lHa+K++s4QmCg=="
}
