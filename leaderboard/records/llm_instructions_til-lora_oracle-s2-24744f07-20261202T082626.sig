{
 "schema": "clbench.signature/1",
 "record": "llm_instructions_til-lora_oracle-s2-24744f07-20261202T082626",
 "hash": "9a2b418027e04fbf708b67cc8270fd01d93c4c6a3e8c52b47d95de365dd77bf8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:48+00:00",
 "signature": "MRiGUku+HYmfZlt6Q9t5lT9/It78hRltWMZ4B+ARXdxNzCLgXMnXFgi0tuiAX6njqiWGeLgYSKsYGRIRQoqEAg=="
}
