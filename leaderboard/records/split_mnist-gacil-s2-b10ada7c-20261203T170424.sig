{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s2-b10ada7c-20261203T170424",
 "hash": "a9a88f8c3333969b0f6e5e9a038a033be0c5b4e471fc796ac35a51204e1ef7d2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:02+00:00",
 "signature": "Z41Os7s0baL/MxsxZoXIqWGCploU68CBQl2E3vrInNOtK2FGwtaXVz//Pe3V0dbTPUUIsqBcVW/lU8I2sRzzBA=="
}
