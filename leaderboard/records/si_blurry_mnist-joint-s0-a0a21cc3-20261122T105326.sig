{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s0-a0a21cc3-20261122T105326",
 "hash": "0823da2567e15d8dbb47e8c30d6b474b1064b4814f736f91466b48546b276e38",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "YCkNYvtf/VercmDEg+lJQJLpgqJtFO1bJFTQfLKtmPlH6D8q43sO/nEtNu1HOuuhGRoZGCnbdglGxz4n6MmBDw=="
}
