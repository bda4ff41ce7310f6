{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s2-097eea28-20261203T162505",
 "hash": "48c2f4da36ed825b6569185b2dd371adbe96356e2e90daef4786f7b9c7906d52",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:46+00:00",
 "signature": "QONVMy2+AbDeYh2oK7CetgbJxhxnbtwoi72al/FFX1vAAn1c/FHR/bETz41gvvkSknBo7LWx+NuYgCujwcMOCw=="
}
