{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s2-ca4a58ea-20261122T100226",
 "hash": "3ebb0f5333ab509434c9196e83f8f91331f7158cb5cc1a120e1122588d387357",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "tx4g25Fk9Og7Gm351lp03CshBnrPIOB/Tpwabp1Kvqa/nWLtjaCK0QICy9Nd+dIeI1a971+7K8nqC+5lve0qAQ=="
}
