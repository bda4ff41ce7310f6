{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s1-32136d4f-20261122T101431",
 "hash": "5abf55a5f5e322d0eeccca15a99322104b8092f32b07c1ba735fdaefd5d18b56",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "FX5gBMGo97Ilqir+pNKXxJ9SsoCmUADzWFpEmQWVsBWWQId4zall7L4MbgaTs2jaiDJ+tYLfwMhSEXeTbhBtAQ=="
}
