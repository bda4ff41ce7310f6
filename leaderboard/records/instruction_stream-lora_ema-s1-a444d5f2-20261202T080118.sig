{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s1-a444d5f2-20261202T080118",
 "hash": "bb001cf4ae177ac7a1e2a301a63029210b721caa651b1676c8ad4bbe034d40c1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:24+00:00",
 "signature": "1fWwy2QZ8VGnudT5/lrRKlk0gBbowAOZomoiuBES49AcdNzNxnlauAaDtacQ343j6SLDokAdTVQmthIVGC+2AQ=="
}
