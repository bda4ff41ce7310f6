{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s0-371089c4-20261203T190453",
 "hash": "2a6902ab5001a4637d5013c88be6a4224d11f06f8e076c8fa025518029417318",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:35+00:00",
 "signature": "hDrzPDOQFrErHzFOJogGm8U529t6TlddYiBHAYyAQodUtPKUG/zMk8pfnHTPVF8gs4Tokz2u8I+TfUymJ2HWBg=="
}
