{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s2-9f03ddd9-20261122T102201",
 "hash": "1d0e8d65d69b84616a2c4cdedfbba2e05f502e3d84afe3ccf20d81dadd60b0a7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "vjws3ljOAceNYxwt7VFuM5JupYez6EnQlDEt847E1akW+fP0rxCdTDb9EJu9rDaLM6JDN8aeJo4n9/c+FKh4Cg=="
}
