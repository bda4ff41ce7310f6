{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s1-12096125-20261122T102305",
 "hash": "22a931bdc486a502d2982c3fdf0a363ae4c114c14757d86d7fb465cf291e173f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "0b2xanMD//cgv3zg2/g9nQENFn+fOWtkZv8nOyTQBviKmXya2aLzofe+gF7pYsKSgzFBLf4fqUVyy8/l+tDRDw=="
}
