{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s0-75bf0187-20261203T163432",
 "hash": "48fbc3e565a2956c8f90fd6d2a85fdadc13fbff9e226faf5bd2906df735949cc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:10+00:00",
 "signature": "mBhmeoWUfVuJXjm3g6mJhAuVT0YM/cpzshJjMIuDVxbKC7WA83kQ6YIRWiE1li6qpEUn0eIJg4mONXHXkLPZDA=="
}
