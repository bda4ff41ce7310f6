{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s0-1332da48-20261203T164703",
 "hash": "0579d83a1962c1aa0085664a7798b6ac252039b6ae3386a65763a0450c97c3a8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:50+00:00",
 "signature": "6vue66LvB4wfkTUThrHsZf0LOsMh3tPJ44g2NNWWxUrlixzMo4VmbHjLuXdUgVIM972SRut0mXLASWQ8Y44TBA=="
}
