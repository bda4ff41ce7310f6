{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s0-6ff66f2b-20261122T101815",
 "hash": "a0b49a5285e3e1b9f5f55590b963648079dd84e353a2878763fc67747412ea6a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "UbLHWSqkvfkb5kY0OCDOGG2DzaunY9eTTypYRprWffiZ0ngxTPMo+UYEGW3n1CBHIbCL3SxKjxJZny4ZGrLVAA=="
}
