{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s1-0ea70a1c-20261201T211443",
 "hash": "26ef77bd076ac3ade89f4f3e32063ec1e994e83004a2337f1ef9c5c5bf13fd92",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "E06IJ2Z5no7gadNG2U0RS5V+IYuMssief/85BL8X+L0IbFMOmB3zJ+yC2jD7sq0uHL3zcVeVt9oBtzyhsAu6Cw=="
}
