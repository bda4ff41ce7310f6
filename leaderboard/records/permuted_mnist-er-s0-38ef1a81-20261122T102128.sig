{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s0-38ef1a81-20261122T102128",
 "hash": "e1360528eb2f7dfb1cf6cc35319746a70367476797fd32d36718eba4937ccaef",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "sZc1YgI+vP1Zhfs5AlKUIUlMVhEzrLlRMWGhLqEpVRNt6NzygymS9r0/y5Yq/S8bAQKt8xOjftsih53M6i8iBw=="
}
