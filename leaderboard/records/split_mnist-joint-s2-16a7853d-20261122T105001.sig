{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s2-16a7853d-20261122T105001",
 "hash": "b46b1e528ef646547adacb431c261ad36a15d95a9618c8c74489ab1c8d42de1a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "k0GWybx6L1Zo++tpc6tuH1noFog8AQhrAlJRyqS4aXfFw/PqyqCM2TYrfbM9HyOZOCGzTU8DeqHK7e7ZZApiDQ=="
}
