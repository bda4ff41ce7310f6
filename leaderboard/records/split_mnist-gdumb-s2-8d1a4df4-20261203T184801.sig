{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s2-8d1a4df4-20261203T184801",
 "hash": "31e92ffef04e1910693a21b7b4de7ff01318fc20ac95dce98920ec2ce9d716f7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:00+00:00",
 "signature": "gmvOxNZBvC7SHjkn4Ckr7KzSlXM4h8Tnao+i0fsWcQaNrkUwH0ecMOUZBn/46uKbf5rHMfXZvshjlm3EDOk+BQ=="
}
