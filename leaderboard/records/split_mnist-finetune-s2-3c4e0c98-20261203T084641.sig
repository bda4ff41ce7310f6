{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s2-3c4e0c98-20261203T084641",
 "hash": "d818c1be8474eb978a5bbfc3aab0d9df701c9a1f1922269a5fd933e3c4f9ba7c",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:58+00:00",
 "signature": "0p7tTzF8u+D7NJp4qrSA1HXjJNDYgioMJT3uECPh5c2/8Snv4tA/junNkRdI+Lng9xCQGdJ6F86dM+JgdqHtBw=="
}
