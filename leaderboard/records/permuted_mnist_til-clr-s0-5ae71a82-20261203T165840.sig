{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s0-5ae71a82-20261203T165840",
 "hash": "3269a2f39c81ca7316d50de47bcbddf70e0c7625a2b4ed987714c517b83fab8b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:11:33+00:00",
 "signature": "mLKp76CG/9F3oDb3lweG34nOw09SnoChh6Dgl1ePQ2HuivBp8FUg8FfLPpYN0PzSIHG0k8TO8pSXRyy0rFAwCg=="
}
