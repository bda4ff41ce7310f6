{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s2-ff87c852-20261203T163734",
 "hash": "6a2e4eef698a555bb98223f85a14755454c3cc5fa7fafcabe724594cbf08111c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:43+00:00",
 "signature": "qUQsK1bTPUWFMY/UhUoDaffdtlh+UF7/iWmNPrRDhalMoK1+6bf0G5byPYhllUJ2iMtKtT5OEhTDm8SX9YqsBg=="
}
