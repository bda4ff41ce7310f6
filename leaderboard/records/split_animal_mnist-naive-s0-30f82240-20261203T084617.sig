{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s0-30f82240-20261203T084617",
 "hash": "e0c26c0626b4fb358946ae04bc4e5e1c4efba169ffdf06e8a7b9c66c4ce4ab4e",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:48+00:00",
 "signature": "+dDumvhid3xYIZelup0KccDwcn6CllX0B9gsLBchaDX9B+R5ykGYJ3l+NMh+4Wjj3LyHrfebdVTc0P5ODIsODw=="
}
