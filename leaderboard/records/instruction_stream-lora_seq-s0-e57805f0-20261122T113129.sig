{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s0-e57805f0-20261122T113129",
 "hash": "95f6eca1e5ee007779785cbe680581fc5220c7268ce3060e91a930f5ae735447",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "tUu6Z7wuymTANxH4EXw6ik/WoA8U4WnXFSFuy/L88Min6cf1ZH4Py9D5oWSxcL5unj/a6Uo/SRzduAOCiIQOBg=="
}
