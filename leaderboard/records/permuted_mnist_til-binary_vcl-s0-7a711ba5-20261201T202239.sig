{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s0-7a711ba5-20261201T202239",
 "hash": "52eb2e288fb6c2e565a5e54f723ae861175c8529d6a986c2143db5222ae36dd2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "mOUUYl36fa1+GQEdmZLIXvIrabHY2KzVOl8eF8gz6nka2D+ZBu+QqhMAO5huoZUYFQW/L+aZlsWqqJZ9EyawBw=="
}
