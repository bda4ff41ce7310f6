{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s0-e57805f0-20261202T080240",
 "hash": "87658efd5680eec899df29d0f5a3ec9b607f3448d2b5b2558a16cc1486c1bb4c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:25+00:00",
 "signature": "0oTeOFaR9SXb+J9YyhlkBgAlDAFJjPMrTpWALodrUGyB1lBSA3nJo8EO1wUY5DAECfHg6Geo5Ht7cVy7H/iRDg=="
}
