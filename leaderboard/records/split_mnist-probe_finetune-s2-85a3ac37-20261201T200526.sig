{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s2-85a3ac37-20261201T200526",
 "hash": "f95109e868b3f1bb3200c41056967e74e08778c805609f8910601b59dddc30f3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "JkvdvFs+a6qQEk5aYLNPyFPR/KJve61t9WUYjAsp+fwp3tPMBG+EIC3QyVyidjPwJK3m9HL65G/dvGdnx1pbDw=="
}
