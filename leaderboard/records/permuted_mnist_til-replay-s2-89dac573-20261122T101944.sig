{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s2-89dac573-20261122T101944",
 "hash": "4e8718021bcc6379fd3fa6f8e2976542b65307255a09ca46f6f13abf5ca14f7e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "lkRNkdRqHXT04MMkwOdVq0Y/LShQy+jqkG0GvgbjyoybmV29rPGkW7DyvgsREQ2f34eVM5ovKf/m02+Ali2TAg=="
}
