{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s0-b454a655-20261203T190847",
 "hash": "f5b3fc3c6f1ac5604fa0e5da8f4eb8e778b6af2de65761833228fc4e2ecf9318",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:57+00:00",
 "signature": "naNmEEnb3IzlqJ44N0Vss+JA8jjZY/5xw7SdvitmZB4FMdxjAS3+Ig5nBZ9BIE9Vk2WhHhVl6dRWduERCOZEAQ=="
}
