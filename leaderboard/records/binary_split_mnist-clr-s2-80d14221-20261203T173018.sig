{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s2-80d14221-20261203T173018",
 "hash": "a43b1b7fafd227dcdf43a4b26db5bc4790f57e22c5903bcf689423d16ee85b37",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:45+00:00",
 "signature": "RKEW/qJFrjmPsGKWF6eMZrM7eELdjkrLPHtHAPVJTl8FDrrtzGh/rpvGkbBE0bL0IJVpCVl0Ius+BTZHAWlaBw=="
}
