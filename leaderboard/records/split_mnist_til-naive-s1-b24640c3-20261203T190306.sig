{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s1-b24640c3-20261203T190306",
 "hash": "65406e246a79566d553e093efa49015d6afe8fb8c325cc9127940b7f22735303",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:13+00:00",
 "signature": "vit0w0UYU/YjbGF7zgh6V47LxJpxjIxOQ0G/wn15cd/CSP3ZsZfc+kFqxO5gGYGUG+vBkrzXC+iyZ33Hpu4gBA=="
}
