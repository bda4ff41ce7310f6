{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s1-91262c03-20261203T190715",
 "hash": "7b7f5cb912b0865e321d0048d365967b306d166adb97c28c07fdc5cf1e1e0a21",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:47+00:00",
 "signature": "be/V9pj3eloyULHqqYkdSKqY+2Y2dMaeumjkA+8mKxffKvSzbhPQb4xrOHpZD4hEz/W/YHK9jM6ooxny2V+wBw=="
}
