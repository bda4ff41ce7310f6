{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s0-31b96a41-20261203T170335",
 "hash": "e24ad23925567d5529aa0bce7b663a88379e059ce544818eb4e87c5bec3a95b8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "QhSNuIl49iXVeL3haDKXiiyq6Lp4/oulgMOYEXxB4rY+LEODFwxJoKUQyFhdlrf/vUwXArKEzEaNA42fZGspCw=="
}
