{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s1-87748957-20261203T184651",
 "hash": "db7189a8aadb3af3c2cdc3ce326027b8cb15f6b69b1086a05b530e8b0821b01c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:00+00:00",
 "signature": "YZyblHzgdlAMZ5T0nNKBkDu0zCixB/JWRsAeRiK7hSfto/j6imw2XTVbBQwREM0LILF5I3+s7UjzjEM8R7ghBA=="
}
