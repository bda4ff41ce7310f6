{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s1-d6a08e94-20261203T201549",
 "hash": "f9847f43481ddb4222d1b816e1f3d3d93cba579df7eb1aa64b0083460bb0e206",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:50+00:00",
 "signature": "9M+K7i6xolr4sT/TdhMbVXLlp9s47oJ/IJyorb/VNf/K1cgdsQCDtnoOtyJ0svnJ1KFR3/R263ZmbsiyefboCA=="
}
