{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_seq-s0-5d277a80-20261202T001343",
 "hash": "1fefbf0812f5e700a597e1677cd24a50715bdf21be001de84c8e0354e90c7f50",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "IJyJks1TuoXysDfdEbP1UpF6T8f6JLw1yhisbptr5grpA21tUxS5QjHFWQXoO+Hta//63MzWScQjtJQlD2bLCw=="
}
