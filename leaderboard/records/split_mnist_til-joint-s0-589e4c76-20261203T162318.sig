{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s0-589e4c76-20261203T162318",
 "hash": "1adbf70f510e918f49c7341454c5519e2c62783bd7a122a79d32c3ffa75fcd3b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:09+00:00",
 "signature": "VHc0oz3x8/mjtBuv+nRP1XmYpcNlwjcmewYdBkjhFCJCgxjqLzQ1zKDoneIbAKu0K61PUPxTO6zNIh6XjdULDQ=="
}
