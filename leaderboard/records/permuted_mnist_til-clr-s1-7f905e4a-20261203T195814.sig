{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s1-7f905e4a-20261203T195814",
 "hash": "d9ab720812a631cd94dfe491a3bc688c6b6e39786f7015334727da5aaa4f5400",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:56+00:00",
 "signature": "06U+hBpYjaaznVXPoTrGQjnwKcP8q5F/toPmZ8VPaDXa6PIOML2m9N+XmBbddJKBaYGcKhA9vERQwHcJ+VCPDQ=="
}
