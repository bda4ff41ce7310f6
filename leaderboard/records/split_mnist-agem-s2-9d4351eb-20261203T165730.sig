{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s2-9d4351eb-20261203T165730",
 "hash": "d2b0387b6fde804b7236681385a379f121281b9de2a41af4d769f73f346c810d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:00+00:00",
 "signature": "1nzI1irSfxfYBZ81Byp2ITKTzk8g9nA+qZIQIUOGK68UKT/ZGt/G3u1kXsMZjRr4zxAx9eOwEYA4aBrJ80vXBQ=="
}
