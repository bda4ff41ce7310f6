{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s0-429bf5b9-20261203T162306",
 "hash": "5e2de8361893e33ad485ae81364ed03e07a880e7bf8553dd3fec5bb60bc518d5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:42+00:00",
 "signature": "3QURRObfsGb5AV9lWrH+ChwlMfnAqyLT4K7VX8j59ZahUmzskDNdKg3TywmuRv406UoPqNQHmZPL2BLOc1VIAw=="
}
