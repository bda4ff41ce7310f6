{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_seq-s1-52be718c-20261202T041505",
 "hash": "63b3900c75f3451b17a624f336cf919ad1f9fe7862226ec78550480e5ba2ba50",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:32+00:00",
 "signature": "oyx9/hDAy7zbNBl3m4jag6MtuxRYEKN+mWnSlcMLfdgqPEbQIsawsdAqCykLjIngciOBmB9KElZQPcZ1qCmXAg=="
}
