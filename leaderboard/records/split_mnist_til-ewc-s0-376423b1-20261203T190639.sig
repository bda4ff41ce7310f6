{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s0-376423b1-20261203T190639",
 "hash": "bc9da39fcf8f1d67ab445a710510f37d13a28f624ac14f36f9759bc0722f1d86",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:09+00:00",
 "signature": "dF2tzbH8/CfCSNMgBADdE4UjUWzDvpBcauJgS/83GmzQ5BwN/+HSQf227a5hZSoerzsl82dJNFnYpfGL0YtTAQ=="
}
