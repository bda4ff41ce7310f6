{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s1-d492ae76-20261203T163808",
 "hash": "86c28c8253bfcaf278b30c67d8ed37ac4195992152fcf3eb3fe6991297ca574c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:09+00:00",
 "signature": "CBJlrX/Xz9pMkw2FTQ86WLKmduUrNRsR15IjIHq5fETrkQAqEfB1SzVHmLyITTUxPxe0nH5FrN7/ZJBBu9N6Cw=="
}
