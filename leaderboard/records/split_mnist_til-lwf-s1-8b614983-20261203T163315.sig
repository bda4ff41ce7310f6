{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s1-8b614983-20261203T163315",
 "hash": "655f8ac53d5e45ed821c8c10ecae08a3df3f2af38579d241f61fccb4bc0cc38b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:10+00:00",
 "signature": "GyiJOZZl40QBMfP512ktozzm8n0hj4XLojTlNtYWVB1nPs89dhuxMAkM2Y6gMRyKiPWdtlQ167940UmEY40mBw=="
}
