{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s2-e68b4539-20261203T190305",
 "hash": "a5d8895d62a64b0525d8179f637e134e3ddfd4e750ab1c05de27a379eb56b0ee",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:31+00:00",
 "signature": "GibIucg8wzixN39McK9t800LcOixNsb6C2YhmexBhaH+5SiZysHxy0HdNucyUEVMso1SZkeypAsayvf9XwS2Dw=="
}
