{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s1-5b1ad3c4-20261122T104954",
 "hash": "616c0d32d6da0f1ef3c182d892fbdfac09be00c8ad23e5eb386b778a2eb03602",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "aRKhqs0tSWVUgBOkwAN9ZYSYQzERu67IPwC+fGhUj3qdefTtv3+4IMxuuFkeWXSKMnXFwz/k85l73K9yGk4UDQ=="
}
