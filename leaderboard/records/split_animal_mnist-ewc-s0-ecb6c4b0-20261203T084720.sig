{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s0-ecb6c4b0-20261203T084720",
 "hash": "28a31a8b16f488ef4144da51ecd218d5e24377f1945817667caca89123ef25a6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:33+00:00",
 "signature": "/9GJBraWMyCqLTTG1LK+mQSPgtfPjhe9mrGAYuzSg5rWMljCSf+dppI10ZIYQaCCokqav7gpYQx/xTCWYo/TAg=="
}
