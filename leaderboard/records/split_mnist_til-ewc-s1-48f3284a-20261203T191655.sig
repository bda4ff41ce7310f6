{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s1-48f3284a-20261203T191655",
 "hash": "2c63c673c8b06779c1a2359a0c44f6e591574e7137c6c89c7112f318e519c94b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:09+00:00",
 "signature": "KJzvCnFUqG2dmJCc8V8YlHj8JxteOmp7B33X9YXOdVtmL4D4LmUlIkbkOytvX9hsPt3B8GlI+mqfZTAa2xMzAw=="
}
