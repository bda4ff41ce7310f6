{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s1-91262c03-20261122T100142",
 "hash": "049d658c41eba4a23e164f460c1c545bded3fc7c8ac0acea0b5c5cd93b617088",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Gp/B8xQvVht/i8sF3+IkaziJybfwZjtkmcjwvkrIFHIS0iJe+llL+5lf+erNJaiZ65VmGjKxcnpWWRf+wFJjBw=="
}
