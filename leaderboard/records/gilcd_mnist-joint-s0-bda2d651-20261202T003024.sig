{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-joint-s0-bda2d651-20261202T003024",
 "hash": "6e7decf8709b4875fd0045fc2b28e4997dd290a56f106191565368e713a584fd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "VY4CMV34Ea8Y6jNiuPrEMr0fSeqWK/530OtaoBRu81Rp4zA/F1Mxz12jwVHssnPpxDR5yDa1XNHjPT/CRwQ0Ag=="
}
