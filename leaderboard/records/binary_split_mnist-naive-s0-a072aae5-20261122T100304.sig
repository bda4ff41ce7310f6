{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s0-a072aae5-20261122T100304",
 "hash": "f7dd21810de0911abdbeb1a8102eda0239cd2bdbde4c564d8da1d655d1010cb5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "xejwm/vNdw4UzmfXlyUbds/P8IUPyBxNIVkUdBkzaDbP49oS8Ca7ytoHNLSuC5kIgYGAOp+CdZdl0b7wl3iDBw=="
}
