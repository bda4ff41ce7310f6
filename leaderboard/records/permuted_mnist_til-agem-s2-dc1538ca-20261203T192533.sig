{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s2-dc1538ca-20261203T192533",
 "hash": "664be1977e54978bc6183ff124fa282e419b7a1f6b1604494ff559523a5732fb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:43+00:00",
 "signature": "bXSkHMwFgiaPKFM46GKZ74J5FSxN4H74NZJ3qgmxu0RZuP3U81m7lbHBTD7psjmSekPuEz8jSLogbdUv3RZDDw=="
}
