{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s1-574c598b-20261122T105021",
 "hash": "fbfbb6ecba71aee8b7785db38fc52e95641b0c04006f11acb695f3b1e2783459",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "NQf58VBkg3GZFTDInwx8BCTimZa2Zsl+Plg9cM+D+4WUr0tNhiCKUbzmYxo3JmYHJzgYHcpRHjrrHTUFTFTADA=="
}
