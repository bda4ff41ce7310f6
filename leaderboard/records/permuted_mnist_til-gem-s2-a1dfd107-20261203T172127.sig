{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s2-a1dfd107-20261203T172127",
 "hash": "f354acb2fcfba65fe322956aa0e2172b94fecf2a374b0720a3383935feaabca3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:46+00:00",
 "signature": "M3nzLMRIlJSjP2rSIizyZ8pgZgcWgg1cfaauEi2wwMYF2y91Cl5YNx3FatW6IeBUqdStEVyNb93MxuPPriklAA=="
}
