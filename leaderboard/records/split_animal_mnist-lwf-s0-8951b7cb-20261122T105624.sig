{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s0-8951b7cb-20261122T105624",
 "hash": "61ed7a20506901c8687bd71c678c5b48fb1b759ad9b6839634e4d434e1391bb2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "kQg+I5Qkoq68o3RAQH5F/PZVnRAIy15WFXMzXMwETuccYzrR7bZB+6MapRZyGTWPxlD3yONP78+a9fJEVP2sBQ=="
}
