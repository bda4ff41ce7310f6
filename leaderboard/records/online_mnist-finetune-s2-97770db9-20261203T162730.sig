{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s2-97770db9-20261203T162730",
 "hash": "11308cfba44f0578c1c5db149679f4dc62a30a6f63514ce0e2d1c38324d71a84",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:08+00:00",
 "signature": "sP0U9cFRM70d1cZYyTu6sy5mKzojMx4fSaDrKp+pP7mWAV3an0F8OJpeBYPHpfaXeGhUTq64L2XVGaaeLiVTAg=="
}
