{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s2-e07c31c3-20261203T192250",
 "hash": "a2fd0cfdbc6228dedc933afedde8bcebe14233a0209728c3b98a1b4dd91f17dc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:29+00:00",
 "signature": "Pn84RpB85M++PxDjkXkGGgAMQdqeDr7D+VE1QTJnoQNgJ2Me6dNgggaP9HhzycPMRbDEDcZCd+X2JCokOkfTCQ=="
}
