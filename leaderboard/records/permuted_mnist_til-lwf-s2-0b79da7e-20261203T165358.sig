{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s2-0b79da7e-20261203T165358",
 "hash": "b58ac512ec122e28b2a9d9ba903bba40cabb55deb1a0372552209f3bcb2142b6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:54+00:00",
 "signature": "MxkAUBvh22NwuTikV/Y34dLjoNiUwv0k2GUFnwsrDpqWMtwTu3MH6WNRPXi3NAv5h3W348IcQYhtFYUZMg6yDQ=="
}
