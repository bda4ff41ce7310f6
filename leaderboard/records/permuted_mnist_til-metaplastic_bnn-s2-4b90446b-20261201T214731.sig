{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s2-4b90446b-20261201T214731",
 "hash": "3add8dad653fc2a1b47beedc699577be96f69ed5c6483eda5c2b603f0cacbd42",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "/ZYG4cZFOgiSE9SZ0/jS0+L2bFi9yx0NkY2bWVTx68hCEPLAbT6iiCNTWornlJrV8HPaJKbEcNFRem562+MZBw=="
}
