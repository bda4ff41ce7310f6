{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s0-5e8c967a-20261122T100904",
 "hash": "10d8069356681820e0ca90ebfd601d5fb773d98ac98bb9aa8cdd86b174767529",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "AHivo+UE4OO3zCBV4sHaCkBqAfnpYIqVwuC7ZVqND1ilrla8bMqGFitscArv54j2U/rTdkWXtwXlF7clAYzLAg=="
}
