{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s0-b23cccc8-20261202T033749",
 "hash": "005b40fd67c24bc7ce0fafc5165e60aa3f197cc3bf5c9f0e310ffb33fcbe567a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:14+00:00",
 "signature": "mcZx15L6V++edspDm7bjd6rOBibA7772hcVOEJ6bx99HlrZ+NwomnFBvx3lNWF/nbksPLZqeSnJ0BU3kaZCKCA=="
}
