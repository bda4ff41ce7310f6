{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-13d5a446-20261203T191028",
 "hash": "adf8f90ac2887f24adf51f68a2f77a8ab4c569fb13e58f4c26fa66fe0cc4a66d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:33+00:00",
 "signature": "8VxyvuFFGNsZKsZyBtWqA0bkmGo62p4spEuqUB4s3I5/ZgGS0/tKKv1MfcVKRgKGWJxWTpddtp/0NpZ+BvoHAA=="
}
