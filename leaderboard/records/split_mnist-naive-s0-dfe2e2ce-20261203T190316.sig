{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s0-dfe2e2ce-20261203T190316",
 "hash": "48877fc08bb22fec5c61a24ac562e6f8e487ae481359576d685af0b9edea51bf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "sdb1yHGeTvULLvuMBBIbwDtjZTMfu1gNV0T88zsZ4r5S22xkr9eOldx6XZE9XVUy8ZWgOBv7gEeRJ5+qQ4PyBg=="
}
