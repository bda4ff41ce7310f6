{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s2-846cedb7-20261122T105259",
 "hash": "412b7e464255ee44feebc14bf1dbe8d71c5efd0726c5a5ae551ee3b9c4f49c8a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "pVamxYtrsgSU8nHX/0cTQjz26x7lZvDmTftzhwskdaOsDry3/ie4lqlr9ZdSwXCOGnPo/1FBZonVhSk+ZQKXDA=="
}
