{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s0-585ec8dd-20261201T204512",
 "hash": "fbc571b7f12ac3b7089af000fe3e5fb86d85bed9f43bc36ef675f1d408373369",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "aNQu3zLjyFfX2rbnqWJSyGK6L1NK1CJNHpUBIe58ogbHVTIhA72I+DVI5zAAL2o8tzoPBMYUjM6KHsBR7pqyDQ=="
}
