{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_joint-s2-63c29112-20261202T034808",
 "hash": "e1f8ba70c8d2623babed3780fc9ce0e1be80b5506a05a001a83865213a05a3fa",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:31+00:00",
 "signature": "a+3yDHK5R/+Ghw3ngzrloAkzzd892liJhRiLtgoQmt+nWhjZOrY45yjCVREpzbmz6zhLpc1jw8szx6onuBu0DA=="
}
