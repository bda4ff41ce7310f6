{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s2-9d5bdb3f-20261202T080200",
 "hash": "d1e0103dafea50c035e910e712ea7e3cc22febb00ffbc2ee2736e700d04f3afd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:24+00:00",
 "signature": "JRg1cCijH9QTCoD77sCAB/uPBdzdUUBx1lyfZtEU/hgkEfIar9PIVnlGuBIvh2FLpWtT2RArmm0eBKSzzCMVDQ=="
}
