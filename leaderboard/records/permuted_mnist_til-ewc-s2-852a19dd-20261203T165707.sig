{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s2-852a19dd-20261203T165707",
 "hash": "74a698f863fff89332fd3e68d17571e088c3eda4a1d2377300459af60747a480",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:52+00:00",
 "signature": "Jyq3fc+/kzhf+Ka2nWL5rLFkin34wy7nRbSmDFaCRpok5yzP/xXooMYAxAWe/Ny/gE9gUFNk1oFEncCC8DevBA=="
}
