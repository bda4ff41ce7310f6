{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-finetune-s2-45bf5a8a-20261202T080039",
 "hash": "8073846909848cd78817953f3cd066caa947302d16de3f2ef76cffc8be0a0d31",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:32+00:00",
 "signature": "6BxnyjiVHPeM4UIaZzGlv1gH2+XPT66qUtqZUKSFOmGf3076y13HixwUB5rdSpQ/H0kfWb4/OFNKk4AJ9oJyCw=="
}
