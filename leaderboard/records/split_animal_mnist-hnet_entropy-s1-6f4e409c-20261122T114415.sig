{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s1-6f4e409c-20261122T114415",
 "hash": "67d8477856ec394a64d2f1d328eb156a4bc879c0ed0c587bb37cc8013c548f0b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "jWJ7FwFEXwImGIzUfmdtr3VuvP6yhRrCodMNVDfher1e9NUbHCY/DTb5CjK8yt8kEDb14HFnI0NmNJwirKmRCw=="
}
