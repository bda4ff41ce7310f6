{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s2-7dd30154-20261122T105005",
 "hash": "0a3089939de58cfbab8228fd9d0d6bcc4eb254dc609c48758c3741b524bb3011",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "MIOnbmSlFfMNT+pHrVs9XV/xAne9vdWSfPuXw28h4SU9g8eQ28aCerq4xZwAG6Y0cxHTGLKPwdmcdxsq/ebzBg=="
}
