{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s0-e35e81ef-20261203T191917",
 "hash": "61fb148c3fdb91cb891516d0b89bb8dd23e8cab730f310d6be36b80a58bceeb6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:39+00:00",
 "signature": "A9o9MYtSdOXc0BAgB3QzVDlS/y399pjH35Q/MSOBGNJUdULQPbTqEf1tKZZjgQaYTaQs4BQcAw3bD9XuduKYAQ=="
}
