{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s1-732aed64-20261203T193510",
 "hash": "ada5a7615ca3f6791bb96b29ae94e840e98fc4b84d2b538eca0b0e5c5184342e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:40+00:00",
 "signature": "I9ppaesruikhmG/435hGxYiMFIEuUf8DcSK5kSYupR3U8qNe11mHTNsgzylLOtnXBSBpyhk+inDmo29JucUoAA=="
}
