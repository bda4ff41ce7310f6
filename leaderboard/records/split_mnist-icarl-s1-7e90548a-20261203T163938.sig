{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s1-7e90548a-20261203T163938",
 "hash": "f18fa71ed7fe30eab426b4402a877c9613938561fd6f0442052ffb04fac5db08",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:03+00:00",
 "signature": "4W0YazA27/JHZ3yQg3twax/rBxTbYqp8gHOaOb6UWmUE1de4ynECmK2/pk5lJsn/vrQz6WOSChVNGSOfXgOYBg=="
}
