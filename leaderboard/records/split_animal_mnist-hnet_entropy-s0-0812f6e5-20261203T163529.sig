{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s0-0812f6e5-20261203T163529",
 "hash": "146873ed8294d9101b601dcb8d90aa0bfef7d7b4c6adad9b04b7a609a6ed36b4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:57+00:00",
 "signature": "krQKy18HuNRMXP2rFF8FEz5eQ0QVlL/zUxT2WpY0yJY1V8nkpEVOrDkAQWaTuD1yqriRLG8V3Nv0xKFUlrkRDg=="
}
