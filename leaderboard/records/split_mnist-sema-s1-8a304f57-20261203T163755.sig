{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s1-8a304f57-20261203T163755",
 "hash": "2a57e87a03ca69f20cbb4fe96f1950b974809736de5debec67f3fd361431ce31",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:21+00:00",
 "signature": "OgjNoqNE4AuSlQnAqtoPJIylnkWaaJFZepjluCZPE/T9GTsIf50glOV0BctHlB4mh0p/vuVJd+ce/5w+lK5FBA=="
}
