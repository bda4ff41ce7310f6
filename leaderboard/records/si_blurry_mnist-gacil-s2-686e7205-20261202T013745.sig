{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s2-686e7205-20261202T013745",
 "hash": "66b4cbdc9fc3b15126a8453e838832bf88313fb4e0806e9c7e7626b3fd7606cc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:55:23+00:00",
 "signature": "Rr4PgvsTXlxACgH42bWx+z4xa4dorMY3iIOJJITZujt6mUjUwXmJJ8vZStPp1tTY4jTVOY/lw/qarekWgkEXDQ=="
}
