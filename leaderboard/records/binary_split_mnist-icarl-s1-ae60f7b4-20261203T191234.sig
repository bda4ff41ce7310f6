{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s1-ae60f7b4-20261203T191234",
 "hash": "9e4efebd972a39289df8686e38f50a0e2a7f8e0b84e8e34974ec9fecce811147",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:34+00:00",
 "signature": "ka9s5vmhGQNaWGePICRhEWEdIxmF/Xa56H133VSKLK936kqyIDGVZTP5Wu8mcyzixkep7+UGoDLyWG7ds4BPCQ=="
}
