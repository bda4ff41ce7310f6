{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s1-375edc86-20261203T191822",
 "hash": "f04755c82e5db036026528955506a36d8f41821e8946042096be82bcac5a71f2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "BQJqi1RcsgePB8xr4jnnLkh131IROvBaWOr2z7POE6VeUSRpdpSiGvc9Lxvdp7bQ9cKCoAupEHh7Jnoa8ijHCw=="
}
