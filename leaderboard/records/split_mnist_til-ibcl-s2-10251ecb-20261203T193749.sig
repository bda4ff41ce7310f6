{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s2-10251ecb-20261203T193749",
 "hash": "36429adb59bc95c4b3b72683133c5dc4d7ba1804bccefdc8fb6873747f4e6977",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:11+00:00",
 "signature": "ixwqkcF5lOA+XvGUAkEvPuImqQVZOzgR6nEVQUzxJyVqDqFgKltwOzMesKVGT5bRanW6Z5OJbqhP6eSJh3ZWDw=="
}
