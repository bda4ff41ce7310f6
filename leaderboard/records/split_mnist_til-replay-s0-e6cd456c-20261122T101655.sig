{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s0-e6cd456c-20261122T101655",
 "hash": "1f95e235d05ccf50b0a749bf792223af2578ecd8b1d24f8cc385b1d09f1566ff",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "HgfdNYBWwm4bnxatjh2OuWbZy1NBEHLqnPW0t5ohYs6pfmDo5yyRwWCRZ4SDq0ULfCO5ux3nqDTqvtyAa32gAQ=="
}
