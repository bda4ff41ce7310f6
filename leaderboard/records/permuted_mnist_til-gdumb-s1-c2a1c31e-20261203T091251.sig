{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s1-c2a1c31e-20261203T091251",
 "hash": "833db5020d1e6ad76655a66f20f515703f649d82b1248fa4c28a82aa5c01cd80",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:28+00:00",
 "signature": "w/ryJSMXoswKRkj6DoTqJciYbM3RxbpsP2nPmmeO2uNuXEi8J1NO/K0qyWTJ9C40JY9EaCV2F5EELxGM8dGmCg=="
}
