{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s1-49dbb253-20261203T191527",
 "hash": "d02e991113a8def5429530b1aa7ab46315456c2125b8282921b924ea82feeb4c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:47+00:00",
 "signature": "ZHee/eSWwMMa7XhAskRePuKWgdRQ2EFcOLu+HEPxM3vMVo1BtkAmhgpl0zAvszvfKr5qhU8EFudnYr0dueYDDg=="
}
