{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_replay-s1-5ed2d90e-20261202T085938",
 "hash": "41d4b0f344fff31a71fd4eea0637707b49a4fd089b175ff1155823463aa63d1e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:47+00:00",
 "signature": "M4N6otMmIcJMQhHe1a+4a6d3URysAgb6iOFJUGg6v7KlHuF2Jt29VHeOT4h1qK/H/wLGCrXpNIgB9ZzxExY/CA=="
}
