{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s0-31b96a41-20261122T103426",
 "hash": "6d71aa810b64741b7e12a466e3cc1c9ac06a1c274e764666b9e3bfa2aa2dd5bc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "ttgM93jDlxvUwp2iIn0WFVkk4P1X6vOp6FXXaOYLJFwajDbSKhC8zH1XSur+jafkEhdPr2EeG8r9khnldvHKAw=="
}
