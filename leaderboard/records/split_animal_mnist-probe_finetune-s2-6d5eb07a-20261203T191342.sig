{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s2-6d5eb07a-20261203T191342",
 "hash": "63a0945943d93661effbb362cf002d800e44a4b5ef6b21daa968e5959553ceeb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:54+00:00",
 "signature": "Mr+FY3i485fXCil7Fe4KTnwu4aCcaNay84qvhSQnx5iOkKMTfyOiZzBHT01ZP9JsMxgMbZmfj4/9SnUOoxalDQ=="
}
