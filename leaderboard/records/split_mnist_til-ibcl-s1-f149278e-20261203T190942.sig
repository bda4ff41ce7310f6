{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s1-f149278e-20261203T190942",
 "hash": "0b22484f4a4d8dad9cf7b6810b3b7b6d5c4484008f3c5486ffc075533862c4ea",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:11+00:00",
 "signature": "ypPgJzgSiYzYAxoMq12Y/5jmU9/rJxstbIgt/TpVHAXmDFpzrSIONgEhN6tDjUAd0U8AYHBITZqT7fg3tVzhAA=="
}
