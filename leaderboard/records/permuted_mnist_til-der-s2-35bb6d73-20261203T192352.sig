{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s2-35bb6d73-20261203T192352",
 "hash": "54440a45970a63f5b943b3e65e650a0c1232ac8c21cdfbc246584f2cb8c4e6d0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:44+00:00",
 "signature": "JJSRse6HNd0JqMIDygviX76cpO8yShXTTlUn3BGwdDUnI1AlqWN4aatq7S1TihclzvFCe3K1eSMNgQL+m/pvCA=="
}
