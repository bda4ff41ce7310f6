{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s2-c7e724be-20261201T200914",
 "hash": "c7d1b3f132c9e6864110e70952379a197cde61e4df931f81c78ba3766d3d520e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "DpRaqNmrInaqZLji0w3Vle/rR4X9h3khjtaM8ohv75U//LXcZq6DMJhxejUm2khPSEB8AhoPSfpUBhxPW4PSDw=="
}
