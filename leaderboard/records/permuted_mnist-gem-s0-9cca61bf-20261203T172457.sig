{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s0-9cca61bf-20261203T172457",
 "hash": "6703bd04bb60a653dd52a4fbcbf8062f6258e0702c6d0c1349b38ab0ae5d305e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:46+00:00",
 "signature": "3iz1S4hZyTnkZY+mKMc+7YGdis2h23VwGYnTRjeqmlfFvbe9q2R7zGTTnhB0ay60UcapGDE32GYUDEyQs0UBBg=="
}
