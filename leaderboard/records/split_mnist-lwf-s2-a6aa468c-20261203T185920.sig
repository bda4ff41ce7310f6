{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-a6aa468c-20261203T185920",
 "hash": "0b1964a34f823d2197cd405fac193509e9f6b23f25020e0d78ec92958c93d792",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:02+00:00",
 "signature": "sXfRCL9IV8GnW7k9yLstQjrVhU+GYlV7y7XBEUZ0TNq68/zZawcVtWY5nB5UN70S/0OVIMkPn2anopqOnkI7Bg=="
}
