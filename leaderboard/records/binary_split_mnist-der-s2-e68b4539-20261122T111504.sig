{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s2-e68b4539-20261122T111504",
 "hash": "df3384e193535bf4f1f450ed1c4d46e8df45dbab4727d5e216a024fa6461cc3e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "0UwwVvC+7n0Lrh4ACq5JSEHB7T+AF06nhKwWuOuO4SIybz9zMBzZISGPV2HCPPrGKbvDJ//R1ysvj5IA4ouTDg=="
}
