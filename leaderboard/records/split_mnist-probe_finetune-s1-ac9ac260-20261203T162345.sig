{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s1-ac9ac260-20261203T162345",
 "hash": "8031b0edde55fecc85a4a2ba5d130ec3c70e70884def73070d5bed94a6c52e19",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:19+00:00",
 "signature": "n1h6y+qeXxqrXShDxk9UaLVMzHdQ5txqyYSejNEnxEHoMJICYUGQqYqTSlGHunZt834ARoWzvPghQq2PJ5/3Aw=="
}
