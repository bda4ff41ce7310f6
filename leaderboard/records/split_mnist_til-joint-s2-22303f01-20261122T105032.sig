{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s2-22303f01-20261122T105032",
 "hash": "03b7afa0816b07aa8960da39ccadd0613f7bb2479f491f8139e322df7f1a5b36",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "4TTd+RpwrBq7CHZEJDu0jfF4RzF7UAf+SZ/1KuF34FrNUOAbWXWNRX85L42lasEFcu7o02UYW9RnQSecD6a8Dg=="
}
