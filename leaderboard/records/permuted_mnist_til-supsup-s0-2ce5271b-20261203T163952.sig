{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s0-2ce5271b-20261203T163952",
 "hash": "635fd1875a68d6e112c6b9481d9c60175997d40d47761abea25d11c3be5b677f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:12+00:00",
 "signature": "SE5KmEVPLvYtEMgp1IieSIqZEM2pHDCmTFLPbFzX5wDgQ0cDQTWZBCaGOFE6oYOejKI6fcGh6KHDnave1CUSDg=="
}
