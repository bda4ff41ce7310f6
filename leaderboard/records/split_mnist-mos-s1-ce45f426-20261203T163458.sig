{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s1-ce45f426-20261203T163458",
 "hash": "2e44e5e7d275108f46cb938ae75f413ebada8c2dc3bd5d5c3dfc3163c751daf7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:19+00:00",
 "signature": "hg/DZ27mRztANClx44DlOUFjepUXNzWq0Hw0vp5LqNs/uggvZYX3xR7uWEPo6UqqJsKq+OiUDblPuV5gJO9QAA=="
}
