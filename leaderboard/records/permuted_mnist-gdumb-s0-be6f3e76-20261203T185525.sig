{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s0-be6f3e76-20261203T185525",
 "hash": "ebb6407486fe07c0e5078f3c7458e6bab3ed25522ecda585940830f445b2feab",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:39+00:00",
 "signature": "l5IazEvEdlBrgSjop2aQVWBsYBsk0s3P+bHWJRZ4a5uaUWLFu6dvnS/kQyaM0x5rsHnRJQvALpKgoWaE0ovsBg=="
}
