{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s0-283e0acd-20261203T163339",
 "hash": "d4b4c9f5ac05b4e05a375611559e1007eaf110f1eeb2863a72cd7dd19837216e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:42+00:00",
 "signature": "MAHj4unZzH6aeMYXOZx97EmVfwVLPME6DD22pWh5vKN6akx5NGyK+bY3zIDceql1HPMmpZpOJvdpuayJ0OpMAw=="
}
