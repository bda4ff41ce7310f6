{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-af496c7f-20261203T201100",
 "hash": "84b81c63ef21e257865120119d02b682de253da1acbbdc88e487ca6943cfcd06",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:56+00:00",
 "signature": "nQ4m1Z388rg0FPKtpSXmfRwAa4TCph1ny9hjWTvVgxccdKodKz2UuHl1fsqctIfbQW/Kj12v/DKKc6aAtC+ODw=="
}
