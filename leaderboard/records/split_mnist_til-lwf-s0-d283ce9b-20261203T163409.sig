{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s0-d283ce9b-20261203T163409",
 "hash": "4c087d91c75deeecf175fb14b15ee21f63062779271e2faa20f8988c2dc91442",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:10+00:00",
 "signature": "qoNpoauCsealtGgIJJVTY3/+IReq2UL4MSE0N4q4Eb0YxTcSKEAQrL6JzbMTSCcotlrqKVootOBcHIiN1R6kDQ=="
}
