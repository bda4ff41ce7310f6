{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s1-26695353-20261203T162525",
 "hash": "56b99a8d1a0fe8a25829f961fe00c9d9487465bdcf01622731110693e0d157c6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:07+00:00",
 "signature": "bto2wHAytazG7xlyGhjjZUwuiBfwTfBx4KHwGGSplL5TKKciYWDWeR6DKMOfqjCw5MwBGPg9YA1nhR5PyxoTCg=="
}
