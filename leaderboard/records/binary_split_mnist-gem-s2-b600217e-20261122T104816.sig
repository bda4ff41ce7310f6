{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s2-b600217e-20261122T104816",
 "hash": "39f24ee791c0ac7a8163ab43448fa35e8ecfc1bd1a88c73dc4f3974ba5798e64",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "/QKuxjawnZ4jrd5qRJzAoacKHM9WZDAMdhQBJyyuUJrop9Hog59qgNbOcOxzzoNdPDfKzD2qAIvmka8tzaQFAA=="
}
