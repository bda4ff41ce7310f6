{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s2-644bf55f-20261122T110700",
 "hash": "46a13160266bb313fefb4e3ed7680b8aaebf40030201a5ba54f4243d4fdd7a77",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "bKRnO5ZhHu4LtaFuEpqlbKi26DDR968+Ty5OEoM0Ar+TLE/p4+rB0zbFvA20LYmvFfR2gkePIXekUZFCthZnAw=="
}
