{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s2-390f36a8-20261122T102312",
 "hash": "0d8bd5e1c19c4596a7fb69be9db0113b3c44f3ba1734f32d5e1f8437c6a71c62",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "3NaiVXsitBZvaf01w0JExxPHV8GCeITwQIDFGaTUrnfHbsY0eO3SbUwkYXSQZSU/biCWCPfVRQCa3J96RNzTBA=="
}
