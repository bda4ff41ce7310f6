{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-925bd746-20261203T090437",
 "hash": "ee8a301893a8b80dc5ed1f8716004320c11624feabe3435610b9b8778841d1b6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:11+00:00",
 "signature": "HgLtdpG1VA0MBbV8eVvZFObY9JeBnuNafYeXdqNo9FhkvwvjY8zM5BgpnYBZDp2lkqCy5290qaQUcTKKVRH7Aw=="
}
