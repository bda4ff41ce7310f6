{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s1-5d9e740b-20261122T101630",
 "hash": "b47a28b67a8184db1967aba22e7d3bf2f9c9421897428cc5248bca987c5b5749",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "HkuW1r3HTXCJskgubKBJ/MqsvaT+h3+4epoSDiknmYarAAY2RLozZUfPPOinhgqshEqIhhN+MtHt/qMnyURxBw=="
}
