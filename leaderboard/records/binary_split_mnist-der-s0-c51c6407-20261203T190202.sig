{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s0-c51c6407-20261203T190202",
 "hash": "d856279ef50140283f81e496bd9d28d829a3059e3fa75064a3602fcbd2b03a15",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:30+00:00",
 "signature": "rJy8TCVZFh9bEHy54ycHmLuoX66X947mu46DYKwZxDNY3oudnREHf6Buiz4+ctQIL5GqPNc8TOEd6a8fHvCCBQ=="
}
