{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s2-12432e85-20261203T162530",
 "hash": "23f3589d3bab7a6f5417ffa4e27a314d05d281d0a20a19625be55740bc471563",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:20+00:00",
 "signature": "AO7/IOaue+xSgXjGi4jQs0/+jO4yjFf+/MYj8sH/2mBaNKT+g49e+kjjIsV1nqvn7VPjzsUKS/IIy9kK9VzJCA=="
}
