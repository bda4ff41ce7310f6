{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s0-d12e4fe6-20261203T191250",
 "hash": "c1aa22a57efb6c4e6297fc629c18b08de5936ecd6524677c891cd8e380474244",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:12+00:00",
 "signature": "UPWH/DVLfZsp/f0crTiQ1CrEEpfX3Ty9mYxHirSPNJhfsH6qWfDGRIWRMitFtx+Voq1brMQouWKhYXkWmx/HCw=="
}
