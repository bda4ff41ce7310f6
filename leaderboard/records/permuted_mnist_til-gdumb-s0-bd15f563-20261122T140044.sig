{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s0-bd15f563-20261122T140044",
 "hash": "e06b9bc2b8a2697d1970a27afe97015f8bf576be6ff095f5c775144f157f0b08",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "8w2pInI/6jNTFpu3Tt7RMxB5oGgxeWNYvBSYu/5GkS+5Z7JHJdxUXx8OBhNpCcFE+sChbi5YzgFcv+aYXpbgDQ=="
}
