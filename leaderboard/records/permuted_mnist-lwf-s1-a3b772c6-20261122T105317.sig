{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s1-a3b772c6-20261122T105317",
 "hash": "541fa77d1269482bcd7bb42da08e6f74de587746d59b73ef195947637cac938b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "DOo8IscGdNmVWy4HZqxGcXIK8l4TjAkfOl8wyd0igRg34/pB7bMIlNPfCQA+rVOoqZGaAvAY1qKVEzHCER9lCw=="
}
