{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s2-9d5bdb3f-20261122T113309",
 "hash": "ace1d1fe534a7f95535bb13f009850ea4a6c332a8fcc58cca7d4c65e14000eed",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "VWEwbTexcsaO29uxteR7yldMVcQu5LpWVqc0i558ZlKc8X7m7UjONdGZAgl62TzG5+K8wK97ApNvaSvcxWylCA=="
}
