{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s1-8a304f57-20261201T205252",
 "hash": "79a3e1fa79d94a60ebaf0abbadfb3c404f93e08dcbcf00a05b8134848961e013",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "Mu3FSV4knrFBi4QtzHZbCeKIFbkVaR4u5PEQUV+VWjmWhf4VXLDasyptsmWeMGQTJ9fRMR5o+QHvv7aBejfgBQ=="
}
