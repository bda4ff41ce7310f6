{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s0-6ff66f2b-20261203T190823",
 "hash": "71f94300f345dff617366af02f00e83b6c321e9ee4b4709cb8af2da2a9772b83",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:47+00:00",
 "signature": "hyzSYQEuqyMgUGGbi7bJLNsrbrTfjFZl5Ml/A1wtLVSVxh3WrDiJED44KrAxzUOxLBXFz/vnXHdBHr+JYllcCg=="
}
