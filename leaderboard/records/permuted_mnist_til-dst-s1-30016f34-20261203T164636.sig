{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s1-30016f34-20261203T164636",
 "hash": "1258e46c97f2af2c51cfd9f5c74d91e28ed0825c86abafe90b55d3a7a3c7f573",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:50+00:00",
 "signature": "hNDFHtPEDbloYV6tQgeLzjLiWRnhB8bpA2E3mjEnvnI951OJqBlojljJUAztGOVUYN6tMvqIA9bAMso1pd5dAA=="
}
