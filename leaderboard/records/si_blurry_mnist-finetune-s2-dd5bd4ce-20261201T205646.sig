{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s2-dd5bd4ce-20261201T205646",
 "hash": "8041545cc5a8caea77bd174933c7d26f76e8e7a416462e3d16e369716c108d70",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "dz7RLBBfe28d7Balm0NlL8RG0/+wnS3b4hyReJnctUoIfzBFgH8wyxb4pNxaIDaoXu9aK/2x9eszSgO2QY7xCw=="
}
