{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s0-390bbdf4-20261203T162607",
 "hash": "591e33f7dc1095d2b8e27c81799f38d5380e6799da2d3c4b1cabc18c4e6147e6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:41+00:00",
 "signature": "hQMCVnA6aEtbtvhI40AR3YNb8EclBGu+yJGUHpELOEr9DFlfL87fQWY4S5IqSl9d6eBbQPgw3CZ41vo/n6J+Cg=="
}
