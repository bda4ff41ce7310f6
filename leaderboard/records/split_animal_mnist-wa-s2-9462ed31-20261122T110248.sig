{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s2-9462ed31-20261122T110248",
 "hash": "5fe94ec332a184e0804dfb0961ac6a11138088d1779308e156fabb35934df9b8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "W1KFFZLdbzKfnu3u0BLYIiq3B7Mr4wv6lo7tBY1ACAPwbbX73LXl3d7XeZspMN7F+k0+pAi1IbqXKKPcSGKcDg=="
}
