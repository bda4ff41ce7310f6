{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s1-da859dcb-20261122T113707",
 "hash": "fe1b180181ea7b984a5893e754718e61f07a1dcaf084e64fbb43b6a88776485e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "7Gz2N8NEVMB+SvkO/BNhA99iVcoLl26aj5WKGdek4HbOOvXkhWr+zjwtAUUxFL+dKYoLRUa32kCqQu7mda2zAw=="
}
