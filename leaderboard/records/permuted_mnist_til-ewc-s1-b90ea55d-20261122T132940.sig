{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s1-b90ea55d-20261122T132940",
 "hash": "3147c7a546579818bf2fb61f405c82db4b3c0e459a7fb1ceb3d30623686fba4d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "DKtthfF+/nFBizbOpLJ4BBSzmc/DOBCODUoTFByw3EdtnSdSRw5uequ+qEjc6YRzjTHCwNVCJgCrYP6iicf5AA=="
}
