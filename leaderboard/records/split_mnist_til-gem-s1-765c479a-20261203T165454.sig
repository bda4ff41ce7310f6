{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s1-765c479a-20261203T165454",
 "hash": "5eb1bf4b489629a8c229609c3762225306c054a448d46bc2acfaec655743230c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:07+00:00",
 "signature": "BLePmP+PtlcjMiaVUG1l1y00a54ontOh4jyGUSOvIP1jnlZ+4G1CstVqB3dZ99fy52L3pf3iIwO6GZ5aa0kcCg=="
}
