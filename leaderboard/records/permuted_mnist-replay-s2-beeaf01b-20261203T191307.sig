{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s2-beeaf01b-20261203T191307",
 "hash": "c5b5bfa0c615f816f145b6e60a4feb314fadb54ce027fa31167a020bc87c9dc2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:42+00:00",
 "signature": "uajXNj6HZYNMZybnEeHOExumBBHETt2nf761s9DpUzdNEH1AJl1f6xwFcvFy1LojOUTBkbVWKIayOkgQlnYwDA=="
}
