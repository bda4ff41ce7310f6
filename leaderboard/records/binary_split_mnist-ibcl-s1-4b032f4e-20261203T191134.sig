{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-4b032f4e-20261203T191134",
 "hash": "eea5541add065c64ed2f451dc9c04bc6a5fa64b3d2467948edda53bd8bc9a4ce",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:33+00:00",
 "signature": "CWbqGKyP+QsscpPp+CUQVOj8r5gOIuwYgepjKD8o8U5VTwNN54d/DOqjAvdiH5SryrYAH1P887Qjupn6nJLqDg=="
}
