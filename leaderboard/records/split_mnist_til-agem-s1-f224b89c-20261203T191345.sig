{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s1-f224b89c-20261203T191345",
 "hash": "ec6d2363bcb5d78af7a144a228d7ef6d7c137ecb89a209dcd0a75de4bc40c0e6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "HsBxKqpJDXPrur+rqIb0d0uT1d/NCeyOzPiIWBaoP9aDZNdiI1twyZfEUNC2UWaRckxF7gZNfLBYlfu8hGQNBg=="
}
