{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s2-8d1a4df4-20261122T111602",
 "hash": "9133c7d8f1114b85f77a29fd3fdaae1632312a1bb0f6da7244f159c3148d43bf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "excA93LeXaQaWLrLXSLpkD0YDsonvqpPg2bVtkRnV4tyAZ3OYptSf6qtCejZqRuc4sTtbV45hdGg/LOAIycYBw=="
}
