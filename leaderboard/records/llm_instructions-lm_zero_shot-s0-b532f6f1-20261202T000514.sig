{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lm_zero_shot-s0-b532f6f1-20261202T000514",
 "hash": "353363a24093fec39f78150d52bbe1e554e16f849e69643f9b4fb5d13c76773d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "ix65hX9BL1KEVhUjQtLQhNgSp2D17nLpF6pqaWvD4nHR6pTQup08rJ5HBtEcQwBxj7lbGTouNtwkRSvlWLJvCQ=="
}
