{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-37fd51a0-20261203T185821",
 "hash": "00da415796e11722269ee91a233ba6f89f1b7bea625f8602248a3b4ebc281c1c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "Xe5lFtMedvZ/y+rXGfM5B4fBw/bVXMw8sEvlyVtGcjvrMOkjTpOiDeIA9zewrAP21WG7+jdatEK1NRz6PfU7BQ=="
}
