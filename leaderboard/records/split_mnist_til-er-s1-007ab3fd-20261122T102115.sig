{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s1-007ab3fd-20261122T102115",
 "hash": "63cbf5d41690fc93563a13e4232f6283f8d9766b44dc3f04c84c4d0295115447",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "T2CJAUYmXm+8lHiuCdCwLChp62jzEcOLNho9AtGFk/4JZPi98AOaIrZTR5LcgyLVwW6coSShVq59YLuWEoshDw=="
}
