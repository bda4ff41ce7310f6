{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s2-79e55a56-20261122T113214",
 "hash": "b12c456e8c551ce9ec902db71e4b41ee0373c2573e55b195892b7d2b7ca51b5b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "2FqIgCg/ZrTrObdNV8aQWk861pGyTISac2PYn96N+TNVuIhrPaHP/8TEDlENGtR+cot5GspCKqaBNLI/i/fWCA=="
}
