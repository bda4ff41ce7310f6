{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s0-a9baac5b-20261203T162533",
 "hash": "3ac3d05dcd2cb18dba86ee02333175119cf762912c6f850180f67ab39711ab27",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:16+00:00",
 "signature": "djikfWwUvmzYW43AGnRqh9KlS3IZV3zZ/Rjz1EY5wjj8WXEu5OooW3dBbEwf/YHb2Bql7VGcDk7imbYfzcQaAA=="
}
