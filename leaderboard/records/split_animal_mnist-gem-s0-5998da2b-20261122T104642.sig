{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s0-5998da2b-20261122T104642",
 "hash": "4475df72fe81f14620f6ed0277b8ab59bb4098ea63a44246328785707fc2653a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "X1SUpo8LtiLH7SylQR/mpFvBUgeSVFpssPDFyCKNvxsg4i9h0vN8hUiyaRgJUq24hk9Yi0oNHznqvWwLJIH2Cg=="
}
