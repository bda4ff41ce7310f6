{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-finetune-s0-816ce555-20261202T074456",
 "hash": "b287e977681124b9ec7e4d2da20cabb23fd5405ccdaf18c4eb81d59c1c8c7997",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:34+00:00",
 "signature": "q1oY+f5kdrCaK+ZVchQ3Wgz4G7aX7R903KmPBq0y37qppmeu2QW80e9/es1rekSnP8Kts+ulw/SfWBhjeZLFDA=="
}
