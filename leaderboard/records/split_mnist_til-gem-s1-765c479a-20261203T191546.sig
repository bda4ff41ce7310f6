{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s1-765c479a-20261203T191546",
 "hash": "47e1eacb704b7aadc555069e6e44bc722432b1bf7adf5dd023b45466e3752736",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "u2S7gF65RJKBMrH0X3r9wFctdj3hg061hh54X7Pr5lKi1BHqZ5c8lLWugOqz4OiS8TyIzBKAkmY8BWmwMLoWAw=="
}
