{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-56f442d1-20261201T204112",
 "hash": "2817a7a978c6e65d2e1d0f54c6072509de0e6e9b9916952da2de247e23bb740c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "0xEelbhmA/e4tlqaLnghDePwCoNL9Rx1z86BrTJVzHFFzMJkDLOPjFrsETvcBLaWASCy+ml3mwRHuhhEHv2NDw=="
}
