{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s0-ae237a09-20261122T100640",
 "hash": "b8ac20d6690a4e6813b8f5843d4a9fdcf8dc304fa40b8372a21bcb866ef415cf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "a3ZTCFW5JYj1ImY8Y6ExznY/yEhhPNfjm7tgheK+R3lCAy3z5buTQrd53ZoQ9Ttg8EX2qyVaaCPIvyAid8iKCg=="
}
