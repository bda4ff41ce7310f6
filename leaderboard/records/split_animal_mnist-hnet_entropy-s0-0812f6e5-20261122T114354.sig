{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s0-0812f6e5-20261122T114354",
 "hash": "1931d2e0f6274422801637fa96ee218e1387062b645e286070c1fbdf37c1dcd3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "BwpZ2/z2VJfBH2kS4ANsGkplCgRgLQa5lTm/6ZIz+jn0Qk9JB4xv5/syPcv8I4LvbCMzfnKTypq0661m2kR+Aw=="
}
