{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s2-9d5bdb3f-20261203T201638",
 "hash": "38433dfdd317fb366e81e096e6ea33ff6866fc1bb116384f21cb90ffe261b833",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:50+00:00",
 "signature": "e76YWRuRbwrMOmKC4X1evwpgGTc3eivcqwkSdLpx8CtARS/sbfB/+Z6DZsyJS8Z22HmTFbOsH9cbhsJkv+/zAA=="
}
