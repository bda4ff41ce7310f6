{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s2-f24af719-20261203T191014",
 "hash": "428c205caccc584f9fd830317ccd412194c331b89d09af367f2fedefc8b14c77",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:35+00:00",
 "signature": "szJsmf7t+Mqgw/D1TsL0ff6ax3yzzjpN64qUKgRjllYM/F75brtAaONKv9Jdg03dtJkCPorwUaBFYhxRu6XYCg=="
}
