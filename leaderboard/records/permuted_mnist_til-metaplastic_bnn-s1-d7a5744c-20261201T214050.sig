{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s1-d7a5744c-20261201T214050",
 "hash": "232eacf7ac059cbadbc2ebda6f3911dcfc2a9c5981b316a96f569a9c1dedf240",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "CD7dBb9swDZwGnfsFGvS9IWtEscJlU//xGIkX9FbVyZ5QtK3L6DsfiRsyny9Jav3TGIAsH/mWfJyMSNBgmYXAA=="
}
