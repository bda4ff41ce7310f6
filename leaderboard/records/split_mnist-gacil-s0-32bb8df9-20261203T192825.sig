{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s0-32bb8df9-20261203T192825",
 "hash": "159255337aeebfb68731c935ebce59124304fcc2df8100a626e321988833630a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:59+00:00",
 "signature": "Q6jXAICVmPjhAdIpiEBrmkLhFEmJd4lIE2Zg360wSI7JMUvphwY0JouCIAKEbkFr0dTYXaafw4mtD3r7JlJGDg=="
}
