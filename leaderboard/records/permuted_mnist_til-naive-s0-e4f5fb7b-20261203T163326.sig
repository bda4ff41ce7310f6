{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s0-e4f5fb7b-20261203T163326",
 "hash": "1aab94cd38cb3b02ba2324815a2d04eb6ea03eb82a18307b6739bb3d1c550696",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:54+00:00",
 "signature": "Q0vGNUvfmjXCJn+Wbda7eZSJFVsKKVF0LdFxXCHiDe/pSR/mFgBWGt5BXm6n8XrpyqCKBqspJYcOV5X0gf8cAA=="
}
