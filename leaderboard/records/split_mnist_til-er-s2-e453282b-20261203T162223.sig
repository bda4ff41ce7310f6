{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s2-e453282b-20261203T162223",
 "hash": "2704491dafcee0947831895fbaa48d4fbf10c8f1f8b1af0e9bb7e5056b11b68e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:07+00:00",
 "signature": "1iTel8tlJdXfBf2C4reVomPaB0POH03tkQoJAI95NcFItj04tC98fBVVUAfJhKCS9xTvSF4UzuKIHas++6edDw=="
}
