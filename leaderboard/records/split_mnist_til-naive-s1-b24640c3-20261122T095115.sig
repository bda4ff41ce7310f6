{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s1-b24640c3-20261122T095115",
 "hash": "43b1a597317c725a73651a564d042fdf50c5d994f2bba67b1d91bdfb39ee07d0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "FlHKCbZoWteUrvuz9ATIaGFEU1Ky+p/6uAyRfmCfFFhdEU2sL6msTl3Bq/ZRZVf87ZPnwHUla8WVm2hRLfCsBg=="
}
