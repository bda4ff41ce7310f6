{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s0-7b4eb2b6-20261122T104227",
 "hash": "c017509811f1d30a45f7d864ae73e37d8a81ef676b71da086be70c20e60b9f91",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ULptzUVQFYaSSu867Of5rXfVo1lDLGYF6capINwNbAC2BKeweYUL4IfwGtRoWy0QC9hywC/DUglIV1xnc15wDQ=="
}
