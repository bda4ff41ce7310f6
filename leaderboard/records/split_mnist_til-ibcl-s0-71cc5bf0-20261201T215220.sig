{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-71cc5bf0-20261201T215220",
 "hash": "f671abe283f370ecf780e80720d09ac265161ff6a8b5be76b477e87c9035c37d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "IXtKRnYEfA6YymKsAd45/ZcTJsFyXkknh4pzso2xrHi4BmXx1nXgePnSJJzLAdhgJaZIjzbO4gZtevAKKkUUCA=="
}
