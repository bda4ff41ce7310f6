{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s2-097eea28-20261122T104931",
 "hash": "98c2aa00f7387d37011bc4dd21ee2ab681cd04d0b3675a92cd5b08196e7514d2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "p+ml63mdGma3kOAolkwxngW/X29CuOEMnx6LiXuJ94+0Rw1bAFOcICMfPNOHUxNh9h3jrlLfVeEb2CR26oGwCQ=="
}
