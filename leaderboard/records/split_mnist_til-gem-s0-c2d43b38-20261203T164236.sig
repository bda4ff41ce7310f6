{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s0-c2d43b38-20261203T164236",
 "hash": "3743d01fa8d039b690a39f55b98cc3bdb18a459410c1ad95424e0067647e7707",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:07+00:00",
 "signature": "Z2JwJeoCVc/NJlK0NpKkQRnuwVs68j3UDsdsx+Q0lpZKh2pbJfYLXVqYyeHbm0If44UUE1k/l6RAF6sMBE1+Cg=="
}
