{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s1-0d6d1e1c-20261202T032451",
 "hash": "c409c0ff7c02e767b83236e3db03c0361b18b450917b087c95067bfee738467b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:06+00:00",
 "signature": "gWjf0OffHfWbn59CSFyj4RGK3VmuQC0QB8gCEKG/znQngYOhWCeco+VZUUifIf/S4l5EW6XUbMsvRbb3wZXmDQ=="
}
