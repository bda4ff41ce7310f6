{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s0-8f18c8ee-20261122T102214",
 "hash": "fa7bb7c429552fb9bc5674d1addfa9d243e8520da33c7d8bc3308bf8fc3f3302",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "eg0nmRtMzWeBsBUFZej5QcjTJfNprEXc0e0cScj+BukhqFsOexJMQBTW0s6RfePFYE4ZUhbTnxtheKDj3SszDw=="
}
