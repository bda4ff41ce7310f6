{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-13d5a446-20261203T085957",
 "hash": "ff6f69652235fca175d00659248118895646f9b1349d1899bf062ee35c535490",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:13+00:00",
 "signature": "dZxjBGIM6rCA5kFJye4llSTX2rJe4RAY4lHuMIhq0N4xMVkIM+Z49/3XWYAao+yJIcdW0IQ1XZ/bgg+H132wAg=="
}
