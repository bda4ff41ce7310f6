{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s2-3132453c-20261122T102551",
 "hash": "a9262afad44a244a7aba75a07a8984fc1ed92a83d3a66498d996f9aba06346e2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "Uehoh4MsVa/YpdQndnYJ9ZocfI4YMzCBl+deXqrGyrdaHo0x3FAbe9E+OqMW29I9ibGO2P2V4dKyee/zOguAAQ=="
}
