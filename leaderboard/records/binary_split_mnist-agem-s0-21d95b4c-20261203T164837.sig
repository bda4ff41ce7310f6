{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s0-21d95b4c-20261203T164837",
 "hash": "39fc2d90bb221663690772df2ed12e4b21fb3712db6ec41c0a744dc0e7590526",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:37+00:00",
 "signature": "WjxmWKEvcMJTuKRC107pRAZzEAe+YlyvUQCUhOB2ILIsUvRqeWZYnmOtwGwYoHjIJXSQssqvp+D4cqfUSbqKCQ=="
}
