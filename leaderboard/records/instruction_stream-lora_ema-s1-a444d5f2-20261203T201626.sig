{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s1-a444d5f2-20261203T201626",
 "hash": "f5d03e570762677212cb7732c3268a445a72e53e08561ba42c03f9489666242a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:50+00:00",
 "signature": "IaiXSzLUtIANiT3z54OGagZ1wlXWfvRgyh1nxT2kbVnqifiDVbH1DCUzIwVa255b9MaxKshegwxJS/qOEDKICg=="
}
