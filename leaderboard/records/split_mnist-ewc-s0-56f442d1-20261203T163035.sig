{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-56f442d1-20261203T163035",
 "hash": "63b8a6db769d7ac460ba827a30529d0b1a854a7699b7718775937bf1ede8ed1b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:17+00:00",
 "signature": "nXbU8xaTHskl+DNend5Txb3AThr2BlFUAiNpPVQRe4/bx9ATc5ZzcQQp6MaN5Oyy9b+tdHXfDuAaB5DfzWvOBQ=="
}
