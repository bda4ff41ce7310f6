{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s1-ae60f7b4-20261203T163738",
 "hash": "9906ab58b8ca4823b8d9364bf78f4086a5e65708d35af9cfb24dd6980940151a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:41+00:00",
 "signature": "cuJu3yMapYDnSSkZxs7wQOhSXkBTqpXZZ3IiMsQ6niiKucwDBeKuHNhStUUnTWwjtG6yjuif5V8I3IZg1L1UCQ=="
}
