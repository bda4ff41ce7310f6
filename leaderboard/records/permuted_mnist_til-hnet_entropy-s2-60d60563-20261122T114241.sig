{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s2-60d60563-20261122T114241",
 "hash": "31743410812ca211b9a513e0aaf244fef27b0bd4ff9877afd5af1ac1bef6ec79",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "URHc9pQPwx2JNqSGEmYlTqzmZbVKYW//onM29qln2w4vQQL+hAhOY8kZSV4XxTweYP49Bb1fr5Cf/gwoCgcZCg=="
}
