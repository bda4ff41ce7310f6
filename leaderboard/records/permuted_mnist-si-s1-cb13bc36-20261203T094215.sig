{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s1-cb13bc36-20261203T094215",
 "hash": "910b95707d16ef032950dbd43f95db868418bf6a7d4fe0f367620d1d496778b0",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:26+00:00",
 "signature": "ixnnnVHMTfC0PDRo7hvbCjE+2fsim4ys5SeBYZsvcLzboxLEI3Y/O1ph+YcrgtWIa69izzSpKW++jlU+4GPPCw=="
}
