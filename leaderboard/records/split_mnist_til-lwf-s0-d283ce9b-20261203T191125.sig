{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s0-d283ce9b-20261203T191125",
 "hash": "c651eebb960a2340d227147135e56f1d7bcfde99f7ff291b8c395f6bd37d22bc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:12+00:00",
 "signature": "3WW/JxzwpAif/qN/DxuE4elVu+IusvDsA3tCM/3ZIKThNRbQHtU3B4plOlYCbsnvUbtv75ktZ7/f9T7SGzWoDg=="
}
