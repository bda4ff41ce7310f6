{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s1-a6dad619-20261203T165313",
 "hash": "fe951bf630d197d57803b2c0b6110afa5eb7ae91cef9f19cf880776010fefad9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:56+00:00",
 "signature": "mZnBytB0UJcPZ1C3WK5hhnEMbSTUp9VvlQ9eAnuJWcXd/xgaZqozFgGOUF/5Qh0o4TVsPu39p3KFkFSth+jsCA=="
}
