{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s2-79e55a56-20261203T201716",
 "hash": "fc94b8550b0cf5ac188d41232e17b5460f0097da9bfd761d1989caaae766293c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:51+00:00",
 "signature": "N5SVMnP6mNc3J10V7bRhzQlmYUdyiYphzpzbWYcnLhSrJ/8m3BJ1M3jtKbcTAchOQAW2hANBml7Bxo7ru7izAA=="
}
