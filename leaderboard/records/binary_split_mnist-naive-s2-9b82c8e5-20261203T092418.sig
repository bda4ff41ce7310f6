{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s2-9b82c8e5-20261203T092418",
 "hash": "84e36c065a036fd37f727a3632a9c6caa95696fa92e8d456e114e0451691f4eb",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:18+00:00",
 "signature": "Ix0f5UcUj6L3Y8fNiGySFmvRyCY9wjb62UPxxpkp6WD6Q4wddQ5abqBlYtPe/fH+ntDFhrmVqcClcyAcaBePAw=="
}
