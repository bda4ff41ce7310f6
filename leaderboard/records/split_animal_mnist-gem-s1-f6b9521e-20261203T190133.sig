{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s1-f6b9521e-20261203T190133",
 "hash": "554c2af246114c84c4f9e6320322b9b3949ace6608d6fa09af8cde0c0fe32123",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:51+00:00",
 "signature": "akcAVzcebnrJPCt9ak7OxRg9h/BBJKf/9wEg8U9yAqHHT/Hm3WTOfiYz7LmqFtl8lNomJ6runu0WCn2EA2JDBg=="
}
