{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s0-d1fa7984-20261201T200630",
 "hash": "42ca5eb3c6039719b274ed00d7c5ce99bf00fc8898aff4beff57b1560f00df30",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "43C2pVGCsgQlarrfMexOahKtYavaQQpuWjkPYhqeiFTXZr/waQ5z5ZyAqKjsBNXUGHnPQ7D7NKsZ8prJWQ0wDA=="
}
