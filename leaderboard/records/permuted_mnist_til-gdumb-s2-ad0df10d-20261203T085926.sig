{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s2-ad0df10d-20261203T085926",
 "hash": "7d1d0f0c92f4cbbc79a0be745bd7737ee1ff5807919b49676fc889707790deda",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:29+00:00",
 "signature": "XLsyLmtlb45eD6OpcfT2MSC24vDj/P+hAepxuiRZXkw+H9JBflxq6/WFopFnS0NIop8WYZYVpF/2DKvM6CFgAg=="
}
