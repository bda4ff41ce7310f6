{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s2-79885884-20261203T191549",
 "hash": "8e56c8f85389dfd845cbd0c82362272c2976f3a5b09e857b7c9fe788b3c3d85b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "WXpVZMEQN9QZ7wmm3h2mFP4DionWHcnZPcB0GCsD/jPkWsrzwozTig8sdrRxdNXoiGhUwV5mfDRdyhx4v9tYBQ=="
}
