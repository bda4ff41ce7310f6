{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s1-d7633d44-20261203T084938",
 "hash": "22032828581149819b1c913b1fa1b2a2db819a715ca0c4703ac6da62ffc1d739",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:20+00:00",
 "signature": "aeEnM4+8Ha8KGttY7PM7fFbGDawzPW7l6P3ynBbFQOLqLDTUXowRdaBJ/nyLUZ9m48rxkIqTGljmmZL5pnYQAQ=="
}
