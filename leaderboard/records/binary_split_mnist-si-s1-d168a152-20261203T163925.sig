{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s1-d168a152-20261203T163925",
 "hash": "209e46e43ce2f74b386b13011b897cd6db4c77fc21e5a27ade255154e896453f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:43+00:00",
 "signature": "plfVzlhdXyY77E7jnpkR333kC4/vHxteQIjwzWaolesmjCt+zem6T1HUnXLpXcNBbB/ehdtVBL02yOaGsVNsBA=="
}
