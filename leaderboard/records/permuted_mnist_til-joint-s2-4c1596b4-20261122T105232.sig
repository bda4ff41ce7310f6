{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s2-4c1596b4-20261122T105232",
 "hash": "489ccc7245b7d072e03212a95c78890ae8779c29caedc21fc153e0b121fb432a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "fz/v6t3tT8yFscA9vziH53HajqtKXMkv2whbbhGTDeZoBFM6m1hBf04EavuBCdIWLoJ2o7PhEdcHKMdDM93pDQ=="
}
