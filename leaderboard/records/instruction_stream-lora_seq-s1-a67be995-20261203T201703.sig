{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s1-a67be995-20261203T201703",
 "hash": "b189b18c88e3b2213590be098e85a8f8f5a0817e4abd23b26a695ae58b4a3edb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:51+00:00",
 "signature": "lLr1/WHRnokcavF7BtkT1StHHRXxdDejiv9G7qXRGFPToy7+O9rVfxtzd2qnwdMqn0QAAXTJVFfdpozCgh3tBA=="
}
