{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s2-cf623ae6-20261122T102024",
 "hash": "6342f436f41648b339b0947f2b72b6aba6ebf95e2f7c6ebeea9843e66f0dd02c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "6QPngzS/nSqpIJDxytweZZ9qUZSanbqOmi5Duoe6WkiP1RmqoJsbYlrjzgIK2wINrDixsZBLaxr380tQZGDRCw=="
}
