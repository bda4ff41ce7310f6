{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s1-d9674699-20261122T113433",
 "hash": "bb63f8f95740a783acac44cb76bdb2c74660cf9b9caf7ab606c27ed850192192",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "umNbpTq+KHTD1VUaRiU0ybBkp280e7cO0i8IfAvMbUBiwL7YeHA0Ao1MYZfYFxWGfB5e3/58owlsKoHZdwBDCw=="
}
