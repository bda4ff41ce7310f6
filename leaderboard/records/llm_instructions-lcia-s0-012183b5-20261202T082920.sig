{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s0-012183b5-20261202T082920",
 "hash": "082a0881e2cb469c63fa8a16dcd05e62fc9fc8a6e05633d945901d80eecbff35",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:45+00:00",
 "signature": "AnhFqmuad7V6aQD/ihq8UsCnVONxnpWRDFP8WJ9Y9O49YANcP0wlRxlQIki6zBndkW9ObNVC2+o74/bhg+4LAg=="
}
