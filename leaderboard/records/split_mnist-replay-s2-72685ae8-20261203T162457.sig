{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s2-72685ae8-20261203T162457",
 "hash": "24242fb81d6eca9cef1b96f5328a14b3c008805a8bf58baff3aa77ce2b97f506",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:05+00:00",
 "signature": "B73ICVJW7/gHXrEvDDR0ORkxoJjW5mKXTzUe2qtGB3Mwgayo+5svVHiFVn9LDCrAx7cK4PuU0ilK/za5CDaqBg=="
}
