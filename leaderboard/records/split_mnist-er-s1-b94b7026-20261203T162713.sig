{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s1-b94b7026-20261203T162713",
 "hash": "ad84aa254fefc55d405fc2b69b9758eb64fe75b712d670f4c2e4dba50065f8d6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:16+00:00",
 "signature": "L/eyzWQAf0ExHZeyOubyl2ZbyVL9Y3CNxO9Aj8w6bvDbuy704BY6KIg2sM5lCMl31sFS9cLZ0OajPkCGqEojBw=="
}
