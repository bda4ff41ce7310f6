{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s2-d4ff6712-20261203T163219",
 "hash": "ac5af17add95f14dd2c344a04dc085557a275bebdcb5c5b1929ea695869e93b0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:11+00:00",
 "signature": "Ij0+pdmcdUrhJz9lG+vN1i6YeOWfY2sdZbc8HzQO31uNK7YJ8f46agBQYMO1CC4uBUrvRHzpy8YYmVaKwPKVBA=="
}
