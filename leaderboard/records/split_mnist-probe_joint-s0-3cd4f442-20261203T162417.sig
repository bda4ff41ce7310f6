{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s0-3cd4f442-20261203T162417",
 "hash": "608ff7f11ca00802ebdf6441345942698cc79530409f6edc5087602eb29e5b8b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:20+00:00",
 "signature": "WHcSdatmcvSM7mqmgC53nf3hL8l5F66pResSQWUcfJDvsmsKY5Z+LhK3jRFwBakoQYENEgeJajhyysuIoJKjBA=="
}
