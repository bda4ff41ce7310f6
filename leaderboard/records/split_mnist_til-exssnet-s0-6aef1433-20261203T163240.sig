{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s0-6aef1433-20261203T163240",
 "hash": "f17a4d2ed93d0b7c0f4b17d24a566c85120d5d1ebebcd11237b8c97ebbdc527c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:22+00:00",
 "signature": "hpvYS2dfMn9rG4zyyNfAplj897doM9UDlPVOLPHFxvHLeV5IWTQTZWCW8F5Zgg3xZjb6tmzFaVidZvhDrdGhCQ=="
}
