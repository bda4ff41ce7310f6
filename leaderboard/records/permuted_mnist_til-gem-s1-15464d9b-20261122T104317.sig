{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s1-15464d9b-20261122T104317",
 "hash": "272ce373a5a8e3ef8478388570b87f823115b1530b3af7691f65807ffac59e60",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "k55gAPJDuMAPj+W9lIE0CAN1k0H93kANGJ12UBY8UzoQIE+jDjUJ+VKL86lspXeuoFDxU8RyxuWVAOzk0+HOCQ=="
}
