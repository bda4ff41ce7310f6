{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s1-a6cb0fc9-20261203T184650",
 "hash": "6ceeb158b2e50329cbeac50d7c930679312f698ba3ad9a31e8d9f8f1820f5e1d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:50+00:00",
 "signature": "9VSXOAaxyUQcb55Qn4zMmnE+Ic9lCq84BlK5KHo2rd3+sD3BqCaBgKrGwE6iNhUGQHruSlYuBiERjy7+4FmXDQ=="
}
