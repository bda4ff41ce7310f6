{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s0-5e8c967a-20261203T095609",
 "hash": "767b2ab53aeec7e2ce1d7852c7589f6f52858048bc922656164c4fecbc945ebc",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:22+00:00",
 "signature": "RD1uRFHLn0llFNEqaFxtODv5nUroquV2WTVEuf7x5A4ATgTHxkbqhbAyx87OBB1Zdb0ivAoM91RSCLdBUlHVAg=="
}
