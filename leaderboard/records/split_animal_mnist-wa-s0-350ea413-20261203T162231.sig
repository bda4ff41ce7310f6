{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s0-350ea413-20261203T162231",
 "hash": "7d5bcfc6298a63f8d168222190405b3255c9bb6ad014a99b9a3f46f92fc0b541",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:59+00:00",
 "signature": "gRBgDaTUqpXSWvKYUpucgRcHVxOy305wvg7bNoY0WbrihENDyxk8j4xLpQ5RXMxoImuf2qbNlFcBdzzX6AGRBg=="
}
