{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s1-93f0682a-20261122T104656",
 "hash": "758d6c4942df1de9cf2e044e25bacb1ba1f64f0532fdfee4d1dbe5bb9ab0dcaa",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "wGw+ot65Ll87a3WFzLxG47xFJ/cNo5u6/gkOWNCVwWLIm1/Ac0GeNUY8M8M1R70pzzLg5PlB6yukEqxcZEhACg=="
}
