{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s2-72685ae8-20261122T101642",
 "hash": "a05ecb7a63d7c769d4f0c86d3004e18c1d6dfbf50808f8b778b25477c6dd89cf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "lagB4Od97G3MFcg1EhRkKdlWxnzuHKiyQfAwIkyZKcF1Cf3Qw+D1Rga6b6X1vq8AqS9Vwzlr00vLhFbs4iMTBQ=="
}
