{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s0-11f1205c-20261203T191144",
 "hash": "17514202dc9456c6361e69a2dcda15173f888ce077072ddf7127845e35d3bc5d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:42+00:00",
 "signature": "xgNvkghz45h8/B4jNfhCwFDGzpc4zsP9OOZM6GyjtYK1BGIIJw0gdkSkQurVcHR/A1VHSdh1dooL4BpUVoyvDw=="
}
