{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s1-d9674699-20261203T163112",
 "hash": "04e93933733b097e376805e8454d3211ac108dfb160b245335c42642d82f4dde",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:08+00:00",
 "signature": "QzhtAcoV4ezBrafS1IoBkQoXf+g8qsvcz7N5h+PfKCxvBW42siC8WBhPZDG+35kz//Xe3Xh1FFyK8Ca6BY4/Dw=="
}
