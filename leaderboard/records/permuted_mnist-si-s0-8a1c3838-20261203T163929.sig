{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s0-8a1c3838-20261203T163929",
 "hash": "b339f3c551a6bcd55377a6ce3f934e1636e3780fff3252e7541a9c67d81bf8a9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:48+00:00",
 "signature": "8la6UAH+k5KuhevhcDFpa9pz/XkvDtNJKaEt4vUqrpEJrljjEo30/MbAqPo8uPppwgvgprd1BTyjo7cRdO9ZAg=="
}
