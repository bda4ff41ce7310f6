{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s1-a444d5f2-20261122T113256",
 "hash": "2a52088ce8eb81d096c76478e7940f14ad1c18cf876be0b9adfce8b06d560201",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "YA3NEX5H02tobHjSNwR7zobDROUkpjgtydLSwD1/ZH7rotMbNmx0XyIfim5UGCeVEGlyx7uwQwDdWp59W51IBw=="
}
