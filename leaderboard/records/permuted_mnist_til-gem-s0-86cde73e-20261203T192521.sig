{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s0-86cde73e-20261203T192521",
 "hash": "82c65f142453194a78218f8b7741d8a0207392a189d3a019bb87e30d301bed9e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:45+00:00",
 "signature": "ZNjpdWbuhG2GHZT+XUc4Y1pnGodplHjAlfj9NwWc0mgf9GjdGW2M1h9tfqZVbUrNLS/bJjHAYt3gMQoacMHwAw=="
}
