{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-52f15223-20261203T162851",
 "hash": "8edb03316d41a090dceaf8fe6f3606df63c929d3fb45e0fa4926527b33a6b163",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:17+00:00",
 "signature": "bZq1bQG03C2G5Wq3afeZzlt/cqv0r13bp6yTLxWzqEKBT/oSv+miJN2VoxH0yjIlRqQWPFJ916fcNfPnnnw7BA=="
}
