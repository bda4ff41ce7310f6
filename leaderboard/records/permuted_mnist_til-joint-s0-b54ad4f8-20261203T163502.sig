{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s0-b54ad4f8-20261203T163502",
 "hash": "15a05685c1f671e902a408346d219c420f00231c57b527420b1f215826c04cc3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:53+00:00",
 "signature": "RQnbfUgLV01qQOjRyaWf4QqxOKj9FvujyB1m/G2uzMORfuQqzOlfntWnEfIsJLYT8e8Q7gQeb0b3OEmt1v1rAA=="
}
