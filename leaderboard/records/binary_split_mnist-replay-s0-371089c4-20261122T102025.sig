{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s0-371089c4-20261122T102025",
 "hash": "2579133bb6ac6ca8c9e2e9cfd9531d4b342358e63a34984951585b0aeed12fd0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Ta7qmOSBdgRHtR8z6F8unTy5mnj9XlptbDWke/tIn9pH2OzvFeQ8/IlJqwaIWSvw+9VXlySBlYX3xhZgUHO5Bw=="
}
