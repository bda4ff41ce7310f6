{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s1-a2eb39bc-20261122T110851",
 "hash": "a2877743fae7380c45d6c43306a6591e92dbdd7b48785990ad53cda9d5426bf0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "je6yBI9pmvVzGBNzocPXq2H2fgfPsWdfYfAJpl/txsdsWtmOgFqk8Y0x1gPseY7r5q2nd1WsH/btVg0nAQg1Dw=="
}
