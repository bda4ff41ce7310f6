{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s2-c6c5676b-20261203T162717",
 "hash": "6472ebcfe2b13467d203984cb2e0e5b5e4224fae62889ef3c8ddac0bafe9c0a4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:17+00:00",
 "signature": "nELsPvaU5q1ON1LpYpHoppbBHXbgM9QMWqPJ0RW9Bvogq8tgtu7wURq3YLXuqFTRlqqZ5ho0Hrk77YYPvLYkCw=="
}
