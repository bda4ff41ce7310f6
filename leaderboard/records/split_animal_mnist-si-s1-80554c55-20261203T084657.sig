{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s1-80554c55-20261203T084657",
 "hash": "79ac297ae17896844a694297430313aac5f02deaa03799fb52acfc4e5efa01d6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:55+00:00",
 "signature": "+X4oBEySntzZHBbzgZjMQ9SDmH7K40yd8n0UwZDoq5ydOMfd10CNTChNs1TlzWUT7HXstlKfVHcoLLh+/ykvCw=="
}
