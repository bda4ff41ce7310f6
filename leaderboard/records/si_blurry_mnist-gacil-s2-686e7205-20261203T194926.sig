{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s2-686e7205-20261203T194926",
 "hash": "846c2dd81457c1869293c1dd8a4ca0de36abefddd5066a9662af50bae67bfcff",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:57+00:00",
 "signature": "tERliojkWLxop3IgttYoA6ex1i72HG3Uq3b7tYXcKtBVHwjZ5YbDyNqy1yGyYVfCCnUJ7SE8zveLNFViA1KDBA=="
}
