{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s1-9cf41703-20261203T162452",
 "hash": "f9d93e7be1027c9df9c448b9e032a9ed49d84da79209bc68f72f5e54672a03cb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:04+00:00",
 "signature": "6IRui9FmSwOyL6oTvLP03d3TeP+3LQy21baAeKNv6Tgy6jR/UFMVeNUnTZ2932PRbjCKqXIckeIWQ/p0LmOiBA=="
}
