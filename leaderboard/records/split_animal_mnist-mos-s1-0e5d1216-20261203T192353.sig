{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s1-0e5d1216-20261203T192353",
 "hash": "1c864f5cd9626ceee623128ebe47943c691d7b409097f8f1770e955d5fd9a1af",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:53+00:00",
 "signature": "WSBVTjmiKrqVOrExgylFDnPW0sUiMa7S1Y80NQ826/Bm+ssUSShhmL/dF0LwZM0LXF7/jwjturKXQdT27n/RDQ=="
}
