{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s0-f19ffb69-20261203T190950",
 "hash": "2716b8644023c8189577a9fff7367ba99b496c3fadf2f4592505e2b4b42f1b95",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:31+00:00",
 "signature": "6TOoyHepvUxfv6zBgoZiqB7kCeDx4LQGJOUeDPQpEu1LMKHcJI/JWBQxcqUFOtp8M+1/XfQSVIx8pPFIhM/nAw=="
}
