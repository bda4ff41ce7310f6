{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s1-cce5bb8b-20261203T190442",
 "hash": "2e99722f45b0ba302dfb055d6496c1689aba96f2b1096e048a263f9c6068f18b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:41+00:00",
 "signature": "/Cyjv57zcrFG/r8yp3y6XfRB+XTXHQHw9ausuLBEH4qdQUCH+oUINFxKI7/xbsU5kKZIzSQyOElVnkrmxNi5CQ=="
}
