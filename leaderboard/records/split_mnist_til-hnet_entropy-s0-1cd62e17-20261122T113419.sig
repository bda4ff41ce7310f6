{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s0-1cd62e17-20261122T113419",
 "hash": "c23ef372d9257fa49471613eebf51c2ea5a182339d545ccfdc2aa3455109c783",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "trPcdS7YFUUvAu96KC5ZBR9coEOUAzQdtnwrum+kEChJMvx8YCRWDzKj9uGrugwyuToUVXVZGQJxenZUCF2YBg=="
}
