{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s0-070c8564-20261203T091843",
 "hash": "9ab029f25ff6e0e8dbe6de40054d7f6a772ca9bc74fd126fdaf70b4f6e5ecadd",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:01+00:00",
 "signature": "vMk6ZvcimBP1PDj3y8SFfbEiVUXe+BQuwj3pmuJFx6qy9zdGn8sIjVk0939/7aju+XXlz3D5xBr7cLq4jegyCw=="
}
