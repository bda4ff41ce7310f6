{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s2-66e33a0d-20261122T104107",
 "hash": "6ff8de598c93b59a24a9d3d54e44eb962f0c1cdd93351821cf97533eca0b5785",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "WTgxmUgI3+BbZDxIqtQKkCUISBlxAVbcNEBUBsRWJe5LXHKPa612o1XZn67fN4wuPF6oNAksS+4NvFWddisJBg=="
}
