{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s1-9171e440-20261203T191911",
 "hash": "b5cc2c1bd85566db49e2173b39a32c7fd9e27488497718baae25c599b3b4b24f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:38+00:00",
 "signature": "KoYOhEYxZ6LZBiF1mDKbbJTjMdmaQE1tAnWLIbXFl9EMtYXo8BxokBWapp0QQoEOuFbQ3BDs3uTAsky1zlT5Ag=="
}
