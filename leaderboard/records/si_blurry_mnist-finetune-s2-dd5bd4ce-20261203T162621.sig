{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s2-dd5bd4ce-20261203T162621",
 "hash": "12b62aa36be58592e11f1e9e9162e5c012918d9fbcb15df064d97869a3abdf25",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:13+00:00",
 "signature": "tWtxH1DwO+LYdP5dnAPfrm9QVcs5SU6QHEGxOWDENkjB+Bg+oGo2aTAINbFeOArdPoKpe6Cxm2UarcVxs/BHBA=="
}
