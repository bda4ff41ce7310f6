{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s2-affe7c17-20261203T190234",
 "hash": "ba3e3256cc463a8dc2e7894031fb60d20791e91782f4bf250d93635821936d64",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "gSVAKgWYOMcmpSf3V7BaQoZhEdi7+hrykT0+M1kWtjuA3X5Br80tUP/wGFQfTPEgH4873JxgzVS6gsINf26WAw=="
}
