{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s2-fce01c9f-20261122T102327",
 "hash": "c436b3032828bca4def3fc5c6465372e9796a9850477f8d50fdf97b9dc6335d2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "hJLe0a6b8V5Avm6VnwFSSfOY/aXOiwHWwY3QtJyGD3yaXU1SAjnqNfyOEEVkka0jyjChCLiQZre5olCM+DhZBg=="
}
