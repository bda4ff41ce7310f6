{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s2-2ee2a50d-20261203T163139",
 "hash": "a7312560d8f268699056bf51a1a8a3b2b1d934aff5bdd494512c52a475749c35",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:16+00:00",
 "signature": "ugdGrV3V4QETOMzhCzgGHz6FRCDtVfGbhm4SMohpBtWPNFBWprjfVYqqyYuoytdYY4s8FmAHnIDgdB4DXoK+AQ=="
}
