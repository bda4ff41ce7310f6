{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_ema-s0-92cb9bdb-20261202T084012",
 "hash": "5cda0362a9eaed146799126bb74fe3d6826d87538f2a4a6a2cd89936b3f2673a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:46+00:00",
 "signature": "iwRdyEkwdQjj5m17rM0U66KuP+eh7D4VDstAFbJpUGMjJKaQY7exWW5Bs7En1BcXc0kJW8DMakkMIbkaGHn6Cw=="
}
