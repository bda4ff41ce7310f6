{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s2-1421734a-20261203T192812",
 "hash": "616f60819fe3e21697d1181cfae56f10c9a48a925faf3535bd7a917611f3c460",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:37+00:00",
 "signature": "lpj1Am3PdOF2o+rL0ZBQbC8U2GoarJr8rxZrgTdFRne7XfnCuPtiInZDOZdHT5cn8ljf8eQLuHIRNFxKtVxQCw=="
}
