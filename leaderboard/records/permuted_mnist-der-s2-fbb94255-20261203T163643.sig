{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s2-fbb94255-20261203T163643",
 "hash": "b63986559a0288952c1dac3003188d47f0586ed2a87bae999d4426658877720a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:44+00:00",
 "signature": "a+U6Gm+ua4yo9ae0OznSuuODBhMyLZI6SPDoaLBN3MptXJQyWBMCOFP9ZPN2k5PnbxGkQiV2dPQiYyCWddbACg=="
}
