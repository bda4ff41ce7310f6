{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s0-84049396-20261203T191706",
 "hash": "9937560d632c67ea7618f2235a2394c62fbaa2ed68d67e4ef5c848a5d12cee9c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:32+00:00",
 "signature": "E83hoPCYqsFqqs+8lIsBIyzC6CNu5n9jOPTML3dpShEaGnNij3YY3pOZhPh8iOXUjCg35tgejaSyeJupuR/SBw=="
}
