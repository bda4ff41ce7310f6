{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s1-e4fbb8de-20261122T113548",
 "hash": "b2c671f565374816a0db139f4ee7524d11237e46ed2e9631232ef33ac85ad9d1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "medIQjo3gISsnXiecoULbAe022iBER7h0T98FiC4ikz70pWV5Q/gUN7jheIg/PSTQhkjOHgDVVWUPkx6MO1wCw=="
}
