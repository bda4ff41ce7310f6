{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s0-bc42b589-20261203T192038",
 "hash": "7e76cadc3aa8a449bba95671aac85d63082025dd3e3c95e3a3c5b338946e7041",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:38+00:00",
 "signature": "OD39tOGJ1u00uPxqr1K4qR9stRvZju/z47hhRWXFCzlBd3lCbKBUJtj6o1Zhm/KMMXU7XFcrjUiEUomwjssiAw=="
}
