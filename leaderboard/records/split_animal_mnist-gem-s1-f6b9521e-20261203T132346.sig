{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s1-f6b9521e-20261203T132346",
 "hash": "d4a5bd72190400aae5f4aff2be430eea9943f2d7105a9b4ae5fff9be6a9ba6d8",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:51:28+00:00",
 "signature": "SoCEZbaUXBa83sDzKA5040p5GoJt5/7ZMiWWuu1BUxNQmrUCUYIRErnkMTS7jJFHzwtoZSL9GG+VYbaaXyiACw=="
}
