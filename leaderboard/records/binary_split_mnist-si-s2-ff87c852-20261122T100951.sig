{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s2-ff87c852-20261122T100951",
 "hash": "fbbeb85edb86d4a011e873a9314cf80ec4e632c17c2ca4e00f5e9ebf297fdcd2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "oU2C8MJLLTs860iRakSJuNZ9FSqOuDdT77JQ1Bme9IuXwsPbJk9F/+hO/tJgQDr+3B+d/FhYioii/VbHi0e8Bw=="
}
