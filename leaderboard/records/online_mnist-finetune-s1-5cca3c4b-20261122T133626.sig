{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s1-5cca3c4b-20261122T133626",
 "hash": "2e848be80b6df91c56d2b09805dc0217cbeb7ce41c3ca4621c9f6a3b673785cb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "UXOudIi9ly+UmlRuG3lFOVXBnGQd9LSnESJt3NmYysZkkJLuMnyA/I6nvoFfe0f1JcJZZT6HkrE5jF8IpsG4CQ=="
}
