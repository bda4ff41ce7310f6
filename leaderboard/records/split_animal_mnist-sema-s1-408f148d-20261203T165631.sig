{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s1-408f148d-20261203T165631",
 "hash": "9fe80ae6de16954c3e6d0784a38d558180a27028383038cdaa1f81a82909a43c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:58+00:00",
 "signature": "evt7Lh4ReL1Ez+cCCFe8mMcwl7I3Hiju2p//EOW5flqH5uPpofkbXIJEEvRrAnF97E2dToNHn1020MSoJ+GODA=="
}
