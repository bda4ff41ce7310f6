{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s2-62408372-20261203T190441",
 "hash": "645496f3906ed0c6c1bf25d6f513bc26a8fab1fc003345f8760a3ed792373842",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "6XFuK7xy7xh6hMvioyXLoU1a6c1Vr0Qp9jhLbboeZjoAUf2i/K7A1vZWo+ieUcKvwUr+fqxZteJ9mbldhhjRBA=="
}
