{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s1-49dbb253-20261203T165246",
 "hash": "1a4b299d465a0afc57cfee9bde6ef413e7486522a2043622fac485255e9bf6b3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:55+00:00",
 "signature": "VkGkHV95QpX375YLDYJc6gvRPyaRqJDzxi8NbjoswarsaTWxZ3BqikGInkXr6j6OhBnjRBcIl2yoy3eyuB0iDw=="
}
