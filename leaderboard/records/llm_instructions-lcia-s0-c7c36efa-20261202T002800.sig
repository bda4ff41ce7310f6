{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s0-c7c36efa-20261202T002800",
 "hash": "b37fce9ba67b3c9a13b1f85e9e7af0bc01b797c696079e0446b69658c8052190",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "QCAKvX1eCmQXQCCWqyAlgYOXRIB/0gITDezhPL1JNjCz4pI8rGyq+LZsFtLzD4/Cmad85JtzGLZwgmwKksapDA=="
}
