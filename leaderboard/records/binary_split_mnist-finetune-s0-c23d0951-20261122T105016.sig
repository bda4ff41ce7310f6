{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s0-c23d0951-20261122T105016",
 "hash": "8960a6dc72e0dde002643d9ba5cdcfebd71da10beeff459bf4ea9bb45627874e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "8Qvccui0GsBdsIxxE9fWaQbMhA9EeGJj+JLNn906tOe9bjsANNZ4L52TUach8+xhR59m3bU619/G1Y3NPblRBg=="
}
