{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s1-a67be995-20261122T113152",
 "hash": "f60c1b498369010f7a976ff73b94afbd24970bcc9688b6a31c5d703028e76859",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "kt2C2Ho8tsMig+xMjsGF3Pw3ZrMmyYJhMWnTC8+3EmUrxuV59a5X8lV0AoCAW6n9fCCQBwwy88gmb80tPyy0BA=="
}
