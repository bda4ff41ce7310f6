{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s2-fec37e1b-20261203T164845",
 "hash": "2cf591dcbf2cc3476ea59ec23a451e543c8bc9a5bfe35568d95c00b02d1a0986",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:11:33+00:00",
 "signature": "4VAl8/dPY1cqJvJVsSpbMLpH8Iy5UgotkkggZpPGNd+KddtS6M6WZvHFTxQOlKaDH7hH0HHyMsAImB5cle+1Cg=="
}
