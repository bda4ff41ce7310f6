{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_ema-s0-6eee73c6-20261202T083429",
 "hash": "41fbbf5437e6767c99ad17260bd5a5215d3e2559fc54638e67354fa9689cbc92",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:46+00:00",
 "signature": "l/KTptezIckp7+U7c+KIEPUOqf9ToV69/EkilLTFpvKXxRsdpOvf4hPLFWNlApiwE3ggVkbjGleYnC822N6LAQ=="
}
