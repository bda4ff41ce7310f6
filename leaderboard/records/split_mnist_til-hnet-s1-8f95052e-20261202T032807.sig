{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s1-8f95052e-20261202T032807",
 "hash": "8c2b5b915b4f9b924220648638b4a2781faed8bfdab60315247617b482912e6d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:26+00:00",
 "signature": "SExQW5lDDxxx7aAKut2J2DO1qeQhEFI/CHnEBJDesUZ0ILCOjGRQMzxiYeNsFgmW8eRvz7gyoF0F3aCp72qDBA=="
}
