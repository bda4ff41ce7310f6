{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s1-a2eb39bc-20261203T191148",
 "hash": "dc4c2272eecaa2531bf5a0a4c2bbb7c18d5aacab331212f2ccfd844ae85ae1cf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:38+00:00",
 "signature": "Vl7BPlbvjMgEJnSwuEecU/C2Yiorhju6Rh8LkceCjgGosOSIvgVDzQV8YEKDytkOml6TPn6/yDN41zN7aWeLBA=="
}
