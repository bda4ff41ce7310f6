{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-84fc0bbd-20261203T162923",
 "hash": "70f21b60be66b0ea9379f482e3f02c463843d90a0bfb8721d200b3eab21f34c8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:22+00:00",
 "signature": "QMGhmPhJyiZ4+BD/NR7bS+crP01VbsYD4tvxNifwuwvuX1MXdeeuHZde6Rk2sXmbXYIZHGi1v1kSgCQBbvO7Dg=="
}
