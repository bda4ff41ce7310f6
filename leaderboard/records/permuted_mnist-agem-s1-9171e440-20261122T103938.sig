{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s1-9171e440-20261122T103938",
 "hash": "67d46de74e16cfd101abdf0ab568d6326a175cc8ef089a696e79745a4196c4cb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "cXqGBnl8IO/ogitHeFVSfjlCq2e+OJS7QFc55IeeNLF0g4IN8PvERiAjXAmZrou3Wcc1l9o5Xf60xCrKqlfpCQ=="
}
