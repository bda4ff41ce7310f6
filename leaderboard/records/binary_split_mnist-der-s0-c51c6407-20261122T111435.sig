{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s0-c51c6407-20261122T111435",
 "hash": "3188298523270e8fe364f70cbee1cd38cde946a2f44166da0bdb210556c2a540",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "qIqcl+Won8WHK5OewgqW+FItRf1SFauj6dy/Dlqjm5GrFbyuxOC9OT8oiBUeDxKmHiZcKCFl7HM/PWOPFmzyDQ=="
}
