{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s0-36b58d51-20261203T163750",
 "hash": "ba7c6a12e24eb43c577790c27be8f23d5f5829d8876454e3f0e2b03a43a3a1a4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:40+00:00",
 "signature": "+M4b/kCEPBsnSfOBoKFTVhSlE4PTpTPsmEf6p5QhzQ05yIAJlGSPZflazzvfpDmsHAdSP0++yGMj8Vq6STvQAA=="
}
