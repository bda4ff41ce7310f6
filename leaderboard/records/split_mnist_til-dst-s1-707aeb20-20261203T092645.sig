{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s1-707aeb20-20261203T092645",
 "hash": "b07df6716736f82fb99c173567fab0736d0861cfd3abf8cc7837d8b80660197e",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:11+00:00",
 "signature": "qK0T0Od2wCQdHpRbMOk2ZUTPVbnJ5bpanRRLaCVd3twV02zFAS3BhL584erKZ9C08FZJYrto38kYvvg64asgBA=="
}
