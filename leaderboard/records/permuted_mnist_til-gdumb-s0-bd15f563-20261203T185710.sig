{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s0-bd15f563-20261203T185710",
 "hash": "358a8d9e9976f54aeadac171a785e0c62339e895a2b5833d1ff2beab66a74d0b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:45+00:00",
 "signature": "F/Q29aJQfsSVIvXVfAzZykTRjXra98+wBe6dN3RbjDVTRirLD6VVqOpNMH3o2emkRKUA3pLL9NyBJKYvppueAw=="
}
