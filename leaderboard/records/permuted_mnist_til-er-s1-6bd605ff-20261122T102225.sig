{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s1-6bd605ff-20261122T102225",
 "hash": "6085708d17a1884bc4944d65b920f57402a6ea3331e9eb89dbd6174eab894cf3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "gvv69ZoyFqOHsZam9G08WCJDCDoGkiFv5bYxCQzg7jp16/rihJBqu8jDS54IVdc9EhbPv6k41DI5ub9D2npeDQ=="
}
