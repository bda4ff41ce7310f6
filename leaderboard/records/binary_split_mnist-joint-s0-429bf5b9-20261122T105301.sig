{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s0-429bf5b9-20261122T105301",
 "hash": "01b7e18a6b5bf5f81890db684d44298dee746efb82e9498fb5c476807f27aeab",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Uk+a796iFaEAwiW7pSI6yZFlcxruGXNEn4v6/TL7Y2xb3d6b9yRTqSQia3hQtXLPA+6/hNfi/2/Iew/64MpwAA=="
}
