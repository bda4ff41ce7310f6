{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s2-deb0f718-20261203T172217",
 "hash": "ed25cae891df14cc6252fa54c58620eb27c73530969739f9ae0c784099d870be",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:43+00:00",
 "signature": "mfp/pyjhqRcKcnIyM8gwQOTv8qCby0rvt3zRu5kQvSgwcWLJ48/iTErQeUxzlvq4QiXL+E1KayLHpzx0doV6Aw=="
}
