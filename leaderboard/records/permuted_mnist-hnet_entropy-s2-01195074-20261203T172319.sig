{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s2-01195074-20261203T172319",
 "hash": "8aa7d64d4e449db364ac72bcce6f16c03f134f6fba0b787edf85487a516920ea",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:43+00:00",
 "signature": "0SFMQInCM55b6cGseKGnBtNkmzoyttiTIP0t0dZxPekdRIT+aGi2wNzi0qN70qxoLmPTk+k4xdBVuve/0x8iCw=="
}
