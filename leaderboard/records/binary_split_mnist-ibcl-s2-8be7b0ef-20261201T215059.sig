{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-8be7b0ef-20261201T215059",
 "hash": "48177901cb059b9b6f363d83c5ca97d9c92c1e5978bb94d2be40e027359de4dd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "K1MMZveLUr5b0EsZVNqW6sU3fhpWxO5zkH2tyDFbomFhTytGrod1ie/k2JBvkc6kywH7r673iJxNHlkXVqdhDQ=="
}
