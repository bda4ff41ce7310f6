{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s0-ed884988-20261203T193134",
 "hash": "89541af6e5b044dcf63445ee5aaf6d931b95fa4eaa021e9776b636069c43db4f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:05+00:00",
 "signature": "eW1iO/VE/yGCdjHW6RZyxGhwkarlmT89x5xAGcNpFmzVOq08RPmjB1GyQbyjiJ605uNPbM1MtbBuORuCAKrpCA=="
}
