{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s1-408f148d-20261203T192318",
 "hash": "e6475304da123e348f8c8c4d1eb44686a3065b19ce1094046340037c907cf539",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:56+00:00",
 "signature": "IUzIKU49nNFlb1/g4kOXbDLWGVaH7/fodmGbrsskDUZUrX0/CY7M/dOjZy419D7pmkWDv8ttMOlwrfcOxX0CDQ=="
}
