{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s2-b2bf4686-20261201T211847",
 "hash": "cf04f08542814a8d77935cc0b0bdcb7da51b006444c45db54aeb44f02921577b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "y2WaodqkP6bjLvsRd8v9A/v6p8gmLDIG6eio5OJ/z0I7C+ksZbBD2g/iVYzLEtoHulfOjqeeyAVSAdtXs2ekBA=="
}
