{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s1-875f81e6-20261122T102144",
 "hash": "b0ace9a1965812ee522ac0be1999b07512be2f93ffd2f342d62315776b2943e1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "l8WuOrHVZocGVxd1YAxstxQbftpWfe9Teika7tzepgjOf/C1a7zm6gIpNj2XmwEo0elMjPwSmCMLcFHTzoONDQ=="
}
