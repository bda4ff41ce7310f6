{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s1-12096125-20261203T162239",
 "hash": "dd4722998b93c611df9c8c1f3bc70b2983ba8752fa2e808d07de4aa19d4457b3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:38+00:00",
 "signature": "k3nzN6VND4CxQSF13AsqgotYF4PH013qP1evd1t8CwWfRDx4ulnuhdPRTGjNdhRbfZbK/Dgfx2yjFV9eJzXnBw=="
}
