{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s1-f1c17d02-20261203T170501",
 "hash": "254899dc07b111f707d568ed3a009b40df2508751a24933cd61e518449729ec8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:54+00:00",
 "signature": "v66kq2lJO/IpT9b+DRObrNS1wqiH/z4sNs6cL9Gd2VYCyO5qF27+RTthY9DWkgDQ0Hwo3jNg/Z5AF6PxoabBAA=="
}
