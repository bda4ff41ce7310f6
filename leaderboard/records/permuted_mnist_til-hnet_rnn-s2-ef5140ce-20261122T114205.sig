{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s2-ef5140ce-20261122T114205",
 "hash": "6fcca0c6363bc74eed3c89b5bbbc3c5359cfb2a21cd4f4c864ebf933c3bc63db",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "XKB/fPEIZugcUWtsGZxqJXbBW6aKqXlipRBqU/+i5T0aMLlJBhQy2yVPhx1LeLP4S48VcXFEeeECwLU+hNYaBA=="
}
