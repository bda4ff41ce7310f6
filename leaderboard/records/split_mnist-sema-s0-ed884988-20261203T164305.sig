{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s0-ed884988-20261203T164305",
 "hash": "c73d80ae9cfa3def79a4bc5a401a64ed600407880da51c476ce0f8f6609bd2c3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:21+00:00",
 "signature": "exQG8PAZGcmmMgVphzXSnxmNv10eZHNRMQP2HtPg+OFxzbrWAmlFBRQ/HSwxVzrKslIdmDiGCX2FZQkPC+sUBg=="
}
