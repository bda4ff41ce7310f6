{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s1-8a304f57-20261122T105902",
 "hash": "4b2ef4abb9ee1263e04ce1f010ce8a6d890700691e36a8882bc624ca09eb6072",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "wdrT0lzoAcK4ZqM68R/6bHwe61Z2ZGG93DixAWduhym3KcKhvkP6FGIcgnkQcjRm264PfTqE0QD8IyzbkyX1AA=="
}
