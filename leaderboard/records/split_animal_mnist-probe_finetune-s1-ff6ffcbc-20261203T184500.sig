{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s1-ff6ffcbc-20261203T184500",
 "hash": "9d33a294ba60092ce19648657c02a5ea9084d043dd71755b111139c84f2aa533",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:54+00:00",
 "signature": "lZL5YfwsSWldHyh6zV+cFnr89/cpgonTKR1Fp2t6qAl8pWjYqYEnAm8H3SWPRTyIXL3qmMdwP8XhcAY1OekZCA=="
}
