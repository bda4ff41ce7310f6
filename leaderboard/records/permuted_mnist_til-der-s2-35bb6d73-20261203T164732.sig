{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s2-35bb6d73-20261203T164732",
 "hash": "83777440f491cf800363b9b8cc7c31fa6208a2791a5f195396c793e51af7b065",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:50+00:00",
 "signature": "MlYCryboYzM/ti1KzxN3Ao3HannnkaHMizSJ0nr5yuIFtmmVuHGfMVf8hW5FkffA+PRRMYCXMFbrWpudgpmXCg=="
}
