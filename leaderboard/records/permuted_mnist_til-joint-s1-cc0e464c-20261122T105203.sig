{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s1-cc0e464c-20261122T105203",
 "hash": "59b7a3d1940d9efcaaf1d0f65b467d1affd9fc1d6f90beb49b3ebfa4b924b5df",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "h7fe54frlbKJZ5azgOvd41R9kHAaEMI9ukt98YpGt3SUIX34QvBCr6nrMFTyhAmspY3mffTfNjcOsx5Stom7CQ=="
}
