{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s0-b13dd812-20261203T084619",
 "hash": "5e9ad81ae8744eb686c97dffbe4e1bee5f6b22194b350fd9eacc797cf89520ac",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:54+00:00",
 "signature": "GyofAR43zCoHjzMFTxp7dL+uvm1qahB9McHDkVFcVNTAoGktJb4tpnYxd84ld+5kb2uy3sS0mcqXyIZIPZreAQ=="
}
