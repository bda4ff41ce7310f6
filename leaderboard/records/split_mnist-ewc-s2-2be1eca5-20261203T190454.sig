{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-2be1eca5-20261203T190454",
 "hash": "2d56fbffcba9ac0dd1609027793cc86b7f88ad5d156acd45e314d61937e07e1d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:59+00:00",
 "signature": "O+XY/iMkz8V8HphvTjWPGcDsUrJqZRrB+7ppmDkhxXiPoe9sxph6byj7r7SJYzMoOL7Fmz/iqX5IdcAQvWyCDA=="
}
