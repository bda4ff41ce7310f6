{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s0-188113bb-20261203T162547",
 "hash": "47371a04d03faa42650828b781d5b601eca381e7505b6843e9f5588c8c145c70",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "Fw6XGNUP5h8mR7lHm6RCSNar4f+RcQYv1o+x2x+lSkjSfcTRZopxp/zyZRe8g6qoHknkR78Oylhw6Mr4WMNnCw=="
}
