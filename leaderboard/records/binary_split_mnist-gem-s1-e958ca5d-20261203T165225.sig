{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s1-e958ca5d-20261203T165225",
 "hash": "6f9404829d3d4c02b777896f6b841430f5d8a3a409837135a9b5f7699a81cac4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:39+00:00",
 "signature": "F26+yRs0Gz9S0COMP8vv8qdANhOPku7DvTF/5gPOiuFI1qmPop/ZZ+pshkPrrimeKq4K3vCbX9XvyBbjC4ksBQ=="
}
