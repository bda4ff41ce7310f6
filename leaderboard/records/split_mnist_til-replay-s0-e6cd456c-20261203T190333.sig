{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s0-e6cd456c-20261203T190333",
 "hash": "328d6ee55ef2ed97b488de5d76bf4f3972a5711312f4108ca9ba782c99d28fd3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:25+00:00",
 "signature": "K3mGx2kxdGJCfJSNSeJhOA9aQDw8fPJkftj9vKgfaKJK4IaT9N4mJp6vzBErZZOZATzL3M4mrcY26vMEOEWWCw=="
}
