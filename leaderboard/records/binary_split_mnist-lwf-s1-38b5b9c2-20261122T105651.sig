{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s1-38b5b9c2-20261122T105651",
 "hash": "4d00cc545f021d22505216096a17bcfb74fe62979d02a1803b4f8210abe3934b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "dWLXhXLfFS+t8Xnjb7mPP2pcjUWL/r3Q0ogyqk5xmPlVELS3A8rZ8XLJkgF2X0lD08y5In/WCw6oED1G89Z0Cw=="
}
