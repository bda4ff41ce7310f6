{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s0-51f3aa53-20261203T190931",
 "hash": "f547e155c1e74433462284d3076880cd7305edfae14623597f631506dc8e8ff6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:37+00:00",
 "signature": "KdMrDk6/cm55yCGCldcIBiYrwQxDdnwUDlEW4iRMwPw4sWUuxzITq7vAh0lVcXyv5zpZAK9GMoT0QEL4Sea9Cg=="
}
