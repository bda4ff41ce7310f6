{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s0-1aa3784e-20261122T135723",
 "hash": "68f70a9da39f8db64ccd2ac8ffe6afa857224029084c3c92ee28698bbe1274a5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "RoPDID4d1m+GohJEupJgtRETTAVVOzs/P1oxY+yYZ2XZcJLFWemi91+FXFssXu2YLvRPeOcEk9thp4UNZ+lACA=="
}
