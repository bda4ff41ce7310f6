{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s0-f06f23d5-20261203T084611",
 "hash": "6ffabdd76b1370534ed90da46d565f40fa0559747b3c1dd7c7834eb1dfa11e74",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:57+00:00",
 "signature": "wcUCcfCAw/GzTuQ2jWk21SLO+spXRA+L3ejB+Q9KDoq+RnDgC1wV8cD1cgywVD4gvtvTEDRZFfUXP/U55+QUBg=="
}
