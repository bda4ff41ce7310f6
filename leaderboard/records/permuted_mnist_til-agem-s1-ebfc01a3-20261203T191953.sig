{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s1-ebfc01a3-20261203T191953",
 "hash": "dc1997e7cce3cd9d95d4ab134b38823b6f5a057792a2d36ffaad5e5c97ef1983",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:43+00:00",
 "signature": "m2tgBvBVDD7Vx+3tZOfeCMVnI8bL2aeWUiobO46hpKLHmz/1gF4TiOwhndcbO3mAz+DhC975qD0YP3/scECICA=="
}
