{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s2-ba71d34b-20261203T190418",
 "hash": "2d8b9d7523e63beaa81ad805d0d7fabe1c5692d90ced8cc49af893bf1021afe9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:31+00:00",
 "signature": "vpYyAAXh9KI7bPTgF/iK6q0OtLu8eKXDw+CgFTkkdwY++FyKqny+povwG/fBda12UZXE65QFQgIBtkUs15EtCQ=="
}
