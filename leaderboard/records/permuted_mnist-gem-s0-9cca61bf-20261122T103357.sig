{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s0-9cca61bf-20261122T103357",
 "hash": "19a167d957652f0e2e20fcd08ddfe37e48e16ec66399948685ae3cef34b5702e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "hpyQ4zfOhahD7DbnXHHkj7ZDqxeWw9coDGdlXweKpB2AXWIRa+RXyCQocs4U/26L1+Xlbx8RwbJrrNiIoX8pAA=="
}
