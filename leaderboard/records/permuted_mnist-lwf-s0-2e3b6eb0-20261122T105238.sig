{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s0-2e3b6eb0-20261122T105238",
 "hash": "8c2a8c534f7ea4d8a15d9775e90abc6267e87cfaf200dbcbf74ecbc2c6120e8f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "TNemgu6h4qQRnJfRgAbHjs8MTWU58l+4blAJFyrwZzBcLcNbsKoNwXnsbrPQt6HpfVotznbidXhwjRwtR8+nCA=="
}
