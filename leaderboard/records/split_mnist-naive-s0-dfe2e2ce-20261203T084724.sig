{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s0-dfe2e2ce-20261203T084724",
 "hash": "a86dec5d6204f158ebf7851ddaf9650b9d97e80a5a34e5ee7b64e8f29716d0a1",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:03+00:00",
 "signature": "Qji+uRDu8nUNanXKwSwKekbk/2FFAke54ttVvP5rLHxf1xJKgV4oD0YjO6T2jvPInUM0lkwgH4z9vSr/81boDQ=="
}
