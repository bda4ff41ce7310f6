{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s0-b589d1c8-20261203T162235",
 "hash": "b53c95040d2020571ccd5c9e28a111d034e1defb25ee200929bb679234248bd7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:38+00:00",
 "signature": "RHN5hIPXKTKKgek1oDK+4sj177+J+uCR0EqBKU1yaloQAIMPUUW8V8onR3qWyKUNXfDVi83P2ZVk8HtrlA1sDQ=="
}
