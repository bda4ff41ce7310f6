{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s2-97770db9-20261122T133635",
 "hash": "c30b50dc30e11cb9545224527a21531d5019d025bd686a83f0d54b9411e550f7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "Gvqfd3cYNodqQxVWc2qZUyfG8S4BFlU2Ym764BOCuz1EngKysqGR4MO5enOQ+poX2UcI8FC67t5HWo8vdPclDg=="
}
