{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s1-4f5b5a4b-20261201T212743",
 "hash": "24d40950545cd0c5537538c966eb2d8cf2fcc7ccea6f1c1c2c2a69c7b0663f7b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "YUDbMiVcZexqJbkIT6WlJddKXd5O32QRMboyK2arNEvpbD2142rNsz0yawjQkwp8htRAT87PfBFxX+dDf5tDCQ=="
}
