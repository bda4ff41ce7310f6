{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s1-b86838cc-20261122T105013",
 "hash": "744725b62beea8de111ba53a985b9fd0cc430e171f205c06d189716593309da7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "NQJ970Zeu/1CQvxiiZPSsjQjmkA6adbuYBy8VAH672O6+zK2CBz+6AiWzm1UNm996Ik7x1mmOVb3PCnbAfubBA=="
}
