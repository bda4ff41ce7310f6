{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s0-4d45e84b-20261203T162424",
 "hash": "ba86b0c243bdb70a099aa687b0ac2d0c4c0ab5257e483aaa93d4b9d702207f25",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:04+00:00",
 "signature": "BscoPYMGYVhE6a1sOvCSICKMqNlKfagf9/b1/rd+MArue/ZBn+gepJDsdhV1wf2SGt+fCyecGyt5cVWTPWx8Ag=="
}
