{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s2-97770db9-20261201T201529",
 "hash": "8a8bcd6665335fa5fc0be10846141d2aff10b523eba55fcc636c9ba4173ecccf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "R4ttOr5UzfgPH2ZLvdOLptFnKVAuoj0T+0wRR2u2NTN5dYFkEIHCxUx0F1S7KoHFJ08+iDA9SSjHI7YJeEPRAg=="
}
