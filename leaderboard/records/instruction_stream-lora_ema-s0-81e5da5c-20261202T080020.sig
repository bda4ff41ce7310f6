{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s0-81e5da5c-20261202T080020",
 "hash": "49d841238a8dfd8d1c6c3828b5234f741ea966569c447a89488b685b5764f09c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:23+00:00",
 "signature": "8jgnQtqZYspmo3mIgdemS5wU7l/l7hQj53x1F55ai+795/RGTTQJNRwup3epu9n4IfhiKTfT9QLvFyBilgD2AQ=="
}
