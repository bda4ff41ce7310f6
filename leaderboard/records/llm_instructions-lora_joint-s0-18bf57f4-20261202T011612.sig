{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_joint-s0-18bf57f4-20261202T011612",
 "hash": "463300f68958a3b458ac47d8e54340ac3c4fa94c3a17f5754eb7a6c7c4dac379",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "POacH+IIeObTWLdV1b/WlokLedpjIqQg6qmQPYM/I4AzGZF/6V6gnmvzeLFfebhR1aIyA9j0NdGwQRudwUyWCA=="
}
