{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s2-7c74c03f-20261122T105348",
 "hash": "26346e8bcaea28e633e7a6e260783218029a616a8621867621d4953babd85ede",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "HhSVQAoA6l9lhCmvTo5O4s9npimD9TttfAnH+a7XM7ELElCzpm9S8dvu7nE3XZQMtBzve/3sgXRfXCDcQJeMDA=="
}
