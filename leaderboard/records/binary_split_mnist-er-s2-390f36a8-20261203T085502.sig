{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s2-390f36a8-20261203T085502",
 "hash": "a64b53a97c10d1daf45126a4df12525e7f3369201b9afb61b4cd629b4f639bcb",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:05+00:00",
 "signature": "MDpI194WFrDTjkcV/i9G3/fziHi1RFczlltzZyyrfXBRjG3oxfytx/CdYkKOPejLWYtpaqYRXeItjb0AXX5kBw=="
}
