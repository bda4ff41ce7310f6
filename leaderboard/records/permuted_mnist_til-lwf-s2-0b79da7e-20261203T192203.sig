{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s2-0b79da7e-20261203T192203",
 "hash": "5569606ff5a2b4888c26e3842a32f9b75196f5507c04bcdef1b0eb3596c72881",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:46+00:00",
 "signature": "rwEFjkwrXWJPKU5gh+fDFhdj2u4PTzNXXWSj6q6yG8ukZJSwcm87CBE8DrVK1PFc3a4qkB/lom7Jo2HrDcwwCA=="
}
