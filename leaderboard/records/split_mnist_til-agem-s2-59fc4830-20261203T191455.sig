{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s2-59fc4830-20261203T191455",
 "hash": "83ce5e7e37c6e4e9bf0a01aa6c93af20c2abc996485c3d49b389c399b21cd662",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "M8sRgfEs00ISLYStejyJf1Dg0895iKX9sNgbRzdHeX2EM8Zp+BXnodrwDVezO4xprR9huVvHhzc1rNI+ur62AA=="
}
