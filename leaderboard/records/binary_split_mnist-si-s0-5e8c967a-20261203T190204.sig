{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s0-5e8c967a-20261203T190204",
 "hash": "3a62a73139a88ac4271de1461df6f378e78edf77907429ee1cee6848193ec589",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "rqxdA9eeM/rKrmQ5VPqN1jWGXTbp1KNfk9wqCL6/6BFdcWpPGlrbm5rOYKZSuhE5PdtC/acqZQVaKEqGyyucDw=="
}
