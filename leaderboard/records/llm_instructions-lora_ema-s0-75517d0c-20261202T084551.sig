{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_ema-s0-75517d0c-20261202T084551",
 "hash": "adf2323aafbaa567be933d5bda0dd41d49cf16b88d6b4acab3c3c1ec711b47d1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:46+00:00",
 "signature": "bdM6GBrqxG9C9HM2TwBFsXQph/NIIPFpREiqYbOUkofI8irCoI3KDTR5YRo+JcwfGXzmICXCvyi/BLGC2AhjBA=="
}
