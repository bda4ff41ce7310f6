{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s1-ab227394-20261203T163400",
 "hash": "644adf226d667f53961b046c02e93edbf469061c7759182284ba5d1b3ed7d83c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:11+00:00",
 "signature": "WkBJVhWuL7goYyVSXYViEHrjDPUaJGBCL8N2C5oFE3Nv0SZj/NSjRJw34B9RNv6jPvaluklS5iJ3E2/rUqceAg=="
}
