{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s2-59fc4830-20261122T103631",
 "hash": "aa082efa2296966baa21ec05cb296b3056743d31712ac4769f97f7409f0af6c7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "S1IaP5WKHCwCnIpiu4IBCUXTONHdEwLlJ8zOVMDVfRuzG7ZzH+UMAgiq8utRDYqjQon9Oo3ZW+yOWzek6u5/BQ=="
}
