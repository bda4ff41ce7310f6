{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s0-e57805f0-20261203T201650",
 "hash": "c7f47f0a07150fb7ef27772b263b21bab894a6fe44b5b696a05d9a723626102a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:51+00:00",
 "signature": "pVQjreYXB5XvcTp7hmu1o4V2xUfzHFMohHVOngXa6whgawOTyyjkwa4y7480Lu/n3Hu7bKJEgBuvW6dpv8jhAA=="
}
