{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_replay-s0-4a4f2b52-20261202T085349",
 "hash": "10f57eeaa9ad67c2de8e59cddf367ce8dc524a2031782732bab4b36852e46874",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:47+00:00",
 "signature": "mUO9q42qUPPfpjfVyKeswGkunhIm1v3u5PS/uYtShO7EKlfalD2D0tS6xSL3UkeMsa79ifd9M7YDV5hkHLQAAg=="
}
