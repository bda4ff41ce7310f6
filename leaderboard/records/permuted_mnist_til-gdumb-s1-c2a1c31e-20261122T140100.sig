{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s1-c2a1c31e-20261122T140100",
 "hash": "3145f5e0784de4ed7a558111b692ac4d1f94d78d2ef34c72217c292475cf4d44",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "l2q9pvveaxVgu0R5RxERtdthiIKsutxEEJngbYl/VVGTNl2bQIc3siXj1D85oioZRCD5rudvpPNT0MYbdttcBw=="
}
