{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s1-8f95052e-20261122T113306",
 "hash": "3e599a5802731860dc834b4eadc21a6c80c9faf7a2b5714f9b82f839558f0fc2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "7aIqP4JfOzY92IE9c/9OeDpDItGGO9uXXjWOLoxVhYLgR7FF0q2l5651pFVjRLWhXzxvmDMXEGy8pMe9gh+1Cw=="
}
